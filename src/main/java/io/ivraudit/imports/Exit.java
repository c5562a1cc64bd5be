package io.ivraudit.imports;

import io.ivraudit.model.SourcePosition;

/**
 * One way out of a block, typed by what makes a call take it.
 *
 * @param kind   what makes a call take it
 * @param value  the key, phrase, intent or case value that selects it, for {@link Kind#KEY},
 *               {@link Kind#PHRASE} and {@link Kind#CASE}; the platform's name for the exit
 *               otherwise ("NoMatchingCondition", "timeout"), for the import report
 * @param target the block it leads to; {@code null} when the export connects it to nothing
 * @param then   what the platform does when {@code target} is null (documented per platform)
 * @param at     where the exit is written
 */
public record Exit(Kind kind, String value, String target, Missing then, SourcePosition at) {
    /** What makes a call take an exit. */
    public enum Kind {
        /** The block is done and the call goes on. */
        NEXT,
        /** The caller pressed this key (one DTMF key) at a menu. */
        KEY,
        /** The caller said this (a phrase or a recognised intent) at a speech menu. */
        PHRASE,
        /** The caller's answer matched no choice (a wrong key, an unrecognised answer). */
        NO_MATCH,
        /** The caller said or pressed nothing before the time-out. */
        TIMEOUT,
        /** The block failed for a reason of the system's (a bot or a queue is unavailable). */
        ERROR,
        /** An hours check found the centre open. */
        OPEN,
        /** An hours check found the centre closed (or on holiday). */
        CLOSED,
        /** A data split's case (a value of data callers do not choose), or the default case. */
        CASE,
        /** A caller's multi-digit entry (an account number, a PIN) was accepted. */
        SUCCESS,
        /** A caller's multi-digit entry failed (wrong, or nothing entered). */
        FAILURE,
        /**
         * A way out the platform lists that no call can take (a key that ends the input, a case
         * on a value that is always empty); {@code value} says which and why, and the report
         * names the exit by it and cuts it.
         */
        NEVER
    }

    /** What the platform does with an exit that is connected to nothing. */
    public enum Missing {
        /** The call ends: the platform disconnects (Connect, Studio). */
        ENDS_CALL,
        /** The block runs again (VoiceXML's default no-input and no-match handlers). */
        REPEATS
    }

    /** An exit connected to a block. */
    public static Exit to(Kind kind, String value, String target, SourcePosition at) {
        return new Exit(kind, value, target, Missing.ENDS_CALL, at);
    }

    /** Whether the export connects this exit to a block. */
    public boolean connected() {
        return target != null;
    }

    /** How the report names this exit: "key 1", "phrase billing", "no match (NoMatchingCondition)". */
    public String describe() {
        return switch (kind) {
            case KEY -> "key " + value;
            case PHRASE -> "phrase '" + value + "'";
            case CASE -> "case '" + value + "'";
            case NEVER -> value;
            default -> {
                String word = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                yield word + (value == null || value.isEmpty() || value.equalsIgnoreCase(word) ? "" : " (" + value + ")");
            }
        };
    }
}
