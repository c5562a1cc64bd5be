package io.ivraudit.imports.connect;

import io.ivraudit.report.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a Connect export writes an action's transitions, for the test-side exporter. */
final class ConnectTransitions {
    private ConnectTransitions() {}

    static Map<String, Object> transitions(String next, List<Object> conditions, List<Object> errors) {
        Map<String, Object> transitions = new LinkedHashMap<>();
        if (next != null) {
            transitions.put("NextAction", next);
        }
        transitions.put("Conditions", conditions);
        transitions.put("Errors", errors);
        return transitions;
    }

    static Map<String, Object> condition(String operand, String to) {
        return Json.object("NextAction", to, "Condition", Json.object("Operator", "Equals", "Operands", List.of(operand)));
    }

    static Map<String, Object> error(String to, String type) {
        return Json.object("NextAction", to, "ErrorType", type);
    }

    /** An intent name as the words a caller says: "CheckBalance" is "check balance". */
    static String words(String intent) {
        return intent.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(Locale.ROOT);
    }
}
