package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One action of a Connect flow as the export writes it: its identifier, type, parameters, the
 * console's metadata for it ({@code Metadata.ActionMetadata[id]}), and every transition it lists.
 * Public so that an older export format (the legacy {@code modules} export) can be translated into
 * actions and turned into blocks by the same code ({@link Blocks#of}).
 */
public record Action(String id, String type, JsonView parameters, List<Way> ways, JsonView metadata, SourcePosition at) {
    public Action {
        ways = List.copyOf(ways);
    }

    /**
     * One transition of an action: its {@code NextAction}, one of its {@code Conditions}, or one of its
     * {@code Errors}, and the action it leads to ({@code null} when the export connects it to nothing).
     *
     * @param operator the condition's operator ({@code Equals}, {@code TextContains}, ...), else ""
     * @param value    the condition's operand, the error's {@code ErrorType}, or "NextAction"
     */
    public record Way(Source source, String operator, String value, String target, SourcePosition at) {
        /** Which list of {@code Transitions} the way is written in. */
        public enum Source { NEXT, CONDITION, ERROR }

        /** Whether the condition asks for this exact value (Equals or NumberEquals). */
        boolean equalsTest() {
            return operator.equals("Equals") || operator.equals("NumberEquals");
        }

        /** The condition as a reader says it: "1", "contains 500", "&gt; 0"; the error type or "NextAction" otherwise. */
        String described() {
            if (source != Source.CONDITION || equalsTest()) {
                return value;
            }
            String word = switch (operator) {
                case "TextContains" -> "contains";
                case "TextStartsWith" -> "starts with";
                case "TextEndsWith" -> "ends with";
                case "NumberGreaterThan" -> ">";
                case "NumberGreaterOrEqualTo" -> ">=";
                case "NumberLessThan" -> "<";
                case "NumberLessOrEqualTo" -> "<=";
                default -> operator;
            };
            return (word + " " + value).trim();
        }
    }

    List<Way> ways(Way.Source source) {
        return ways.stream().filter(w -> w.source() == source).toList();
    }

    /** The error of this type the export lists, if any. */
    Optional<Way> error(String errorType) {
        return ways(Way.Source.ERROR).stream().filter(w -> w.value().equals(errorType)).findFirst();
    }

    Optional<Way> next() {
        return ways(Way.Source.NEXT).stream().findFirst();
    }

    /** A parameter's text, or {@code null}. */
    String parameter(String key) {
        return parameters.text(key).orElse(null);
    }
}
