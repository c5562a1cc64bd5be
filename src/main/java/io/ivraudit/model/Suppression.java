package io.ivraudit.model;

/**
 * A decision, kept in the repository's config file, that one rule does not apply at one node;
 * the reason is required so the next reader knows why.
 */
public record Suppression(String rule, String node, String reason, SourcePosition at) {
}
