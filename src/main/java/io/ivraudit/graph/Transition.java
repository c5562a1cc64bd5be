package io.ivraudit.graph;

import io.ivraudit.model.Option;

/**
 * An edge of the tree's graph: one way a call moves from one node to the next.
 *
 * @param label  the option's key or phrase, {@code "invalid"}, {@code "timeout"}, {@code "next"}, or a branch's
 *               share with its index (unique among a node's transitions)
 * @param option the option taken, for {@link Kind#OPTION} transitions; else {@code null}
 */
public record Transition(String from, String to, Kind kind, String label, Option option) {
    /** How the call moves. */
    public enum Kind {
        /** The caller picks a menu option (a key press or a phrase). */
        OPTION,
        /** The caller's choice is not one of the menu's options. */
        INVALID,
        /** The caller says nothing and the menu stops waiting ({@code on_timeout}, when it differs). */
        TIMEOUT,
        /** A message or self-service step goes on. */
        NEXT,
        /** A branch draws this arm by its share. */
        BRANCH
    }

    /**
     * Transitions are the same when they leave the same node the same way to the same place
     * (labels are unique among a node's transitions); the option is not hashed, which keeps
     * building large graphs fast.
     */
    @Override public boolean equals(Object other) {
        return other instanceof Transition t && from.equals(t.from) && kind == t.kind && label.equals(t.label)
            && to.equals(t.to);
    }

    @Override public int hashCode() {
        return (31 * from.hashCode() + label.hashCode()) * 31 + kind.ordinal();
    }

    /** Whether the caller gets here by not choosing an option: a wrong key, or silence. */
    public boolean fallback() {
        return kind == Kind.INVALID || kind == Kind.TIMEOUT;
    }

    /** Whether this is an option callers never hear announced. */
    public boolean hidden() {
        return option != null && option.hidden();
    }
}
