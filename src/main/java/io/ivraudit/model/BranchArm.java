package io.ivraudit.model;

/**
 * One way out of a {@link Node.Branch}: taken by a share of the calls that reach it.
 *
 * @param share the fraction of calls, in (0, 1]
 */
public record BranchArm(double share, String goTo, SourcePosition at) {
}
