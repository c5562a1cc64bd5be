package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.imports.connect.Action.Way.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module's branches as the flow language's transitions. {@code Success} is {@code NextAction};
 * {@code Error}, {@code NoMatch} and {@code Timeout} are the errors {@code NoMatchingError},
 * {@code NoMatchingCondition} and {@code InputTimeLimitExceeded}; an {@code Evaluate} (or any
 * branch with a {@code conditionType}) is a condition with its operator and value; any other named
 * branch ({@code True}, {@code False}, an outcome of a module nobody has seen) is a condition on
 * its own name, so no branch is lost. A few types name their branches otherwise ({@link #RENAMED}).
 */
final class Ways {
    /** Branches some module types name differently from the flow language, by {@code type/condition}. */
    private static final Map<String, Way> RENAMED = Map.of(
        "Loop/Looping", way(Source.CONDITION, "Equals", "ContinueLooping"),
        "Loop/Complete", way(Source.CONDITION, "Equals", "DoneLooping"),
        "Transfer/AtCapacity", way(Source.ERROR, "", "QueueAtCapacity"),
        "CustomerInQueue/AtCapacity", way(Source.ERROR, "", "QueueAtCapacity"),
        "StoreUserInput/InvalidNumber", way(Source.ERROR, "", "InvalidPhoneNumber"),
        "StoreCustomerInput/InvalidNumber", way(Source.ERROR, "", "InvalidPhoneNumber"),
        "SetCallbackNumber/InvalidPhoneNumber", way(Source.ERROR, "", "InvalidCallbackNumber"),
        "SetCallBackNumber/InvalidPhoneNumber", way(Source.ERROR, "", "InvalidCallbackNumber"),
        "SetCallbackNumber/NonDialableNumber", way(Source.ERROR, "", "CallbackNumberNotDialable"),
        "SetCallBackNumber/NonDialableNumber", way(Source.ERROR, "", "CallbackNumberNotDialable"));
    /** The flow language's operators for the legacy {@code conditionType}s. */
    private static final Map<String, String> OPERATORS = Map.of(
        "GreaterThan", "NumberGreaterThan",
        "GreaterThanOrEqualTo", "NumberGreaterOrEqualTo",
        "LessThan", "NumberLessThan",
        "LessThanOrEqualTo", "NumberLessOrEqualTo",
        "Contains", "TextContains",
        "StartsWith", "TextStartsWith",
        "EndsWith", "TextEndsWith");

    private Ways() {}

    private static Way way(Source source, String operator, String value) {
        return new Way(source, operator, value, null, null);
    }

    /** Every branch of a module as a way, in file order. */
    static List<Way> of(Module module) {
        List<Way> ways = new ArrayList<>();
        for (Module.Branch branch : module.branches()) {
            Way shape = shape(module, branch);
            ways.add(new Way(shape.source(), shape.operator(), shape.value(), branch.transition(), branch.at()));
        }
        return ways;
    }

    private static Way shape(Module module, Module.Branch branch) {
        String condition = branch.condition();
        Way renamed = RENAMED.get(module.type() + "/" + condition);
        if (renamed != null) {
            return renamed;
        }
        switch (condition) {
            case "Success":
                return way(Source.NEXT, "", "NextAction");
            case "Error":
                return way(Source.ERROR, "", "NoMatchingError");
            case "NoMatch":
                return way(Source.ERROR, "", "NoMatchingCondition");
            case "Timeout":
                return way(Source.ERROR, "", "InputTimeLimitExceeded");
            default:
                break;
        }
        if (condition.equals("Evaluate") || branch.type() != null) {
            String value = value(branch);
            return way(Source.CONDITION, operator(branch.type(), value), value);
        }
        return way(Source.CONDITION, "Equals", condition.isEmpty() ? "(no condition)" : condition);
    }

    /**
     * The compared value; a queue's time in queue, which legacy files write in milliseconds
     * ({@code 300000} where the console shows 300 seconds), in seconds.
     */
    private static String value(Module.Branch branch) {
        String value = branch.value() == null ? "(no value)" : branch.value().trim();
        if (branch.condition().equals("CheckQueueTime")) {
            try {
                return new BigDecimal(value).movePointLeft(3).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /** Equals on a number is NumberEquals (a key, a count), on words Equals; other operators by name. */
    private static String operator(String type, String value) {
        if (type == null || type.equals("Equals")) {
            return value.matches("-?\\d+(\\.\\d+)?") ? "NumberEquals" : "Equals";
        }
        return OPERATORS.getOrDefault(type, type.replace(" ", ""));
    }
}
