package io.ivraudit.model;

import java.util.List;

/**
 * Why people call: a relative weight, the nodes that resolve it, and caller-model overrides.
 *
 * @param weight     a positive relative share of calls
 * @param resolvedBy ids of the nodes where a call with this intent is resolved
 * @param proposed   written by an importer and not reviewed yet ({@code proposed: true}): the audit
 *                   notes it instead of failing a build on it
 */
public record Intent(String id, double weight, List<String> resolvedBy, CallerParams caller, boolean proposed,
                     SourcePosition at) {
    public Intent {
        resolvedBy = List.copyOf(resolvedBy);
    }

    /** An intent written by hand (not a proposal). */
    public Intent(String id, double weight, List<String> resolvedBy, CallerParams caller, SourcePosition at) {
        this(id, weight, resolvedBy, caller, false, at);
    }
}
