package io.ivraudit.imports.connect;

import static io.ivraudit.imports.connect.ConnectTransitions.condition;
import static io.ivraudit.imports.connect.ConnectTransitions.error;
import static io.ivraudit.imports.connect.ConnectTransitions.transitions;
import static io.ivraudit.imports.connect.ConnectTransitions.words;

import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A test-side exporter: writes random small Amazon Connect flows the way Connect exports them (key
 * menus, stored input read by a Compare, data entry, Lex bots with and without conditions, hours
 * checks, queues set before one shared transfer, errors connected, connected to nothing or left
 * out), with the facts their import must keep. Blocks lead only forward, so every generated flow
 * ends. Error targets are blocks whose node id is their own identifier, so where a wrong key or
 * silence leads can be checked by id.
 */
final class ConnectExporter {
    /** Where an exit connected to nothing leads: the one hang-up the lowering makes for it. */
    static final String CALL_ENDS = "call-ends";

    private enum Kind { MENU, STORED_MENU, ENTRY, LEX, LEX_COMPARE, MESSAGE, HOURS, SET_QUEUE, QUEUE_MENU, PASS, EARLIER_COMPARE }

    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");
    private static final List<String> INTENTS = List.of("CheckBalance", "ReportFraud", "OpenAccount", "Agent", "Hours");
    private static final List<String> QUEUES = List.of("Sales", "Billing", "Support", "Claims", "Fraud");
    private static final Set<Kind> LANDMARKS = Set.of(Kind.MENU, Kind.STORED_MENU, Kind.ENTRY, Kind.LEX,
        Kind.LEX_COMPARE, Kind.MESSAGE, Kind.HOURS, Kind.QUEUE_MENU);

    /**
     * A generated export and what its import must keep, by block identifier.
     *
     * @param keys      each key menu's keys (stored-input menus included)
     * @param phrases   each speech menu's phrases, as words
     * @param onInvalid where a wrong answer leads, by node id (or {@link #CALL_ENDS})
     * @param onTimeout where silence leads
     * @param queues    each queue-setting block's queue
     * @param entries   the data-entry blocks
     */
    record Export(String json, Map<String, Set<String>> keys, Map<String, Set<String>> phrases,
                  Map<String, String> onInvalid, Map<String, String> onTimeout, Map<String, String> queues,
                  Set<String> entries) {}

    private final Random random;
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Object> actions = new ArrayList<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, Set<String>> phrases = new HashMap<>();
    private final Map<String, String> onInvalid = new HashMap<>();
    private final Map<String, String> onTimeout = new HashMap<>();
    private final Map<String, String> queues = new HashMap<>();
    private final Set<String> entries = new LinkedHashSet<>();

    private ConnectExporter(long seed) {
        random = new Random(seed);
    }

    static Export export(long seed) {
        return new ConnectExporter(seed).build();
    }

    private Export build() {
        int size = 2 + random.nextInt(10);
        for (int i = 0; i < size; i++) {
            kinds.add(Kind.values()[random.nextInt(Kind.values().length)]);
        }
        for (int i = 0; i < size; i++) {
            block(i);
        }
        action("hang", "DisconnectParticipant", Json.object(), Json.object());
        action("away", "TransferToFlow", Json.object("ContactFlowId", "{{contactFlows.Elsewhere.arn}}"),
            Json.object("NextAction", "hang", "Errors", List.of(error("hang", "NoMatchingError"))));
        action("xfer", "TransferContactToQueue", Json.object(), Json.object("NextAction", "hang",
            "Errors", List.of(error("hang", "QueueAtCapacity"), error("hang", "NoMatchingError"))));
        Map<String, Object> flow = Json.object("Version", "2019-10-30", "StartAction", "b0",
            "Metadata", Json.object("ActionMetadata", metadata), "Actions", actions);
        String json = switch (random.nextInt(3)) {
            case 0 -> Json.write(flow);
            case 1 -> Json.write(Json.object("Name", "Generated", "Type", "CONTACT_FLOW", "Content", Json.write(flow)));
            default -> Json.write(Json.object("ContactFlow", Json.object("Name", "Generated", "Content", Json.write(flow))));
        };
        return new Export(json, keys, phrases, onInvalid, onTimeout, queues, entries);
    }

    private void block(int i) {
        String id = "b" + i;
        switch (kinds.get(i)) {
            case MENU -> menu(i, id);
            case STORED_MENU -> storedMenu(i, id);
            case ENTRY -> entry(i, id);
            case LEX -> lex(i, id);
            case LEX_COMPARE -> lexCompare(i, id);
            case MESSAGE -> action(id, "MessageParticipant", Json.object("Text", "Message " + i + "."),
                Json.object("NextAction", later(i)));
            case HOURS -> action(id, "CheckHoursOfOperation", Json.object(), Json.object("NextAction", later(i),
                "Conditions", List.of(condition("True", random.nextInt(4) == 0 ? "" : later(i)), condition("False", later(i))),
                "Errors", List.of(error(landmark(i), "NoMatchingError"))));
            case SET_QUEUE -> setQueue(i, id, QUEUES.get(random.nextInt(QUEUES.size())));
            case QUEUE_MENU -> queueMenu(i, id);
            case PASS -> action(id, "UpdateContactAttributes", Json.object("Attributes", Json.object("step", id)),
                Json.object("NextAction", later(i), "Errors", List.of(error(landmark(i), "NoMatchingError"))));
            case EARLIER_COMPARE -> action(id, "Compare", Json.object("ComparisonValue", "$.StoredCustomerInput"),
                Json.object("NextAction", later(i), "Conditions", List.of(condition("1", later(i)), condition("2", later(i))),
                    "Errors", List.of(error(later(i), "NoMatchingCondition"))));
        }
    }

    private void menu(int i, String id) {
        List<String> chosen = pick(KEYS, 1 + random.nextInt(4));
        StringBuilder prompt = new StringBuilder("Welcome to menu " + i + ".");
        List<Object> conditions = new ArrayList<>();
        for (String key : chosen) {
            conditions.add(condition(key, later(i)));
            if (random.nextInt(5) > 0) {
                prompt.append(" Press ").append(key).append(" for option ").append(key).append('.');
            }
        }
        if (random.nextInt(4) == 0) {
            conditions.add(condition("12", later(i)));
        }
        keyMenu(i, id, prompt.toString(), chosen, conditions, random.nextBoolean() ? landmark(i) : null);
    }

    /**
     * A GetParticipantInput key menu with its three errors each connected, connected to nothing or
     * left out: a wrong key goes NoMatchingCondition's way, else NextAction's; silence goes
     * InputTimeLimitExceeded's way, else NoMatchingError's (Connect's catch-all).
     */
    private void keyMenu(int i, String id, String prompt, List<String> chosen, List<Object> conditions, String next) {
        List<Object> errors = new ArrayList<>();
        String noMatch = maybeError(errors, "NoMatchingCondition", i);
        String silence = maybeError(errors, "InputTimeLimitExceeded", i);
        String failure = maybeError(errors, "NoMatchingError", i);
        action(id, "GetParticipantInput", Json.object("Text", prompt, "StoreInput", "False", "InputTimeLimitSeconds", "5"),
            transitions(next, conditions, errors));
        keys.put(id, new LinkedHashSet<>(chosen));
        onInvalid.put(id, noMatch != null ? noMatch : next != null ? next : CALL_ENDS);
        onTimeout.put(id, silence != null ? silence : failure != null ? failure : CALL_ENDS);
    }

    /** Stored input, copied to an attribute or not, then a Compare on single keys: a key menu. */
    private void storedMenu(int i, String id) {
        List<String> chosen = pick(KEYS, 1 + random.nextInt(3));
        String compare = id + "-cmp";
        boolean copy = random.nextBoolean();
        action(id, "GetParticipantInput", Json.object("Text", "Press " + chosen.get(0) + " to go on.", "StoreInput", "True",
                "InputTimeLimitSeconds", "5", "InputValidation", Json.object("CustomValidation", Json.object("MaximumLength", "1"))),
            Json.object("NextAction", copy ? id + "-copy" : compare, "Errors", List.of(error(landmark(i), "NoMatchingError"))));
        if (copy) {
            action(id + "-copy", "UpdateContactAttributes", Json.object("Attributes", Json.object("choice" + i, "$.StoredCustomerInput")),
                Json.object("NextAction", compare, "Errors", List.of(error(landmark(i), "NoMatchingError"))));
        }
        List<Object> conditions = new ArrayList<>();
        chosen.forEach(key -> conditions.add(condition(key, later(i))));
        if (random.nextInt(3) == 0) {
            conditions.set(0, condition(chosen.get(0), id + "-again"));
            action(id + "-again", "Compare", Json.object("ComparisonValue", "$.StoredCustomerInput"), Json.object(
                "Conditions", List.of(condition(chosen.get(0), later(i)), condition("9", later(i))),
                "Errors", List.of(error(later(i), "NoMatchingCondition"))));
        }
        String silence = null;
        if (random.nextBoolean()) {
            silence = landmark(i);
            conditions.add(condition("Timeout", silence));
        }
        List<Object> errors = new ArrayList<>();
        String noMatch = maybeError(errors, "NoMatchingCondition", i);
        action(compare, "Compare", Json.object("ComparisonValue", copy ? "$.Attributes.choice" + i : "$.StoredCustomerInput"),
            transitions(null, conditions, errors));
        keys.put(id, new LinkedHashSet<>(chosen));
        onInvalid.put(id, noMatch != null ? noMatch : CALL_ENDS);
        onTimeout.put(id, silence != null ? silence : noMatch != null ? noMatch : CALL_ENDS);
    }

    /** Stored input a Compare reads against account numbers: data entry. */
    private void entry(int i, String id) {
        action(id, "GetParticipantInput", Json.object("Text", "Please enter your account number.", "StoreInput", "True",
                "InputValidation", Json.object("CustomValidation", Json.object("MaximumLength", "8"))),
            Json.object("NextAction", id + "-cmp", "Errors", List.of(error(landmark(i), "NoMatchingError"))));
        action(id + "-cmp", "Compare", Json.object("ComparisonValue", "$.StoredCustomerInput"), Json.object(
            "NextAction", later(i), "Conditions", List.of(condition("12345678", later(i)),
                Json.object("NextAction", later(i), "Condition", Json.object("Operator", "NumberGreaterThan", "Operands", List.of("5000")))),
            "Errors", List.of(error(later(i), "NoMatchingCondition"))));
        entries.add(id);
    }

    private void lex(int i, String id) {
        List<String> intents = pick(INTENTS, 1 + random.nextInt(3));
        List<Object> conditions = new ArrayList<>();
        intents.forEach(intent -> conditions.add(condition(intent, later(i))));
        List<Object> errors = new ArrayList<>();
        String noMatch = maybeError(errors, "NoMatchingCondition", i);
        maybeError(errors, "NoMatchingError", i);
        String next = random.nextBoolean() ? landmark(i) : null;
        action(id, "ConnectParticipantWithLexBot", Json.object("Text", "How can I help you? Say " + words(intents.get(0)) + ".",
            "LexV2Bot", Json.object("AliasArn", "arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/KLMNOPQRST")),
            transitions(next, conditions, errors));
        String invalid = noMatch != null ? noMatch : next != null ? next : CALL_ENDS;
        phrases.put(id, new LinkedHashSet<>(intents.stream().map(ConnectTransitions::words).toList()));
        onInvalid.put(id, invalid);
        onTimeout.put(id, invalid);
    }

    /** A Lex bot without conditions whose intent a Compare reads afterwards: that Compare's intents are its phrases. */
    private void lexCompare(int i, String id) {
        List<String> intents = pick(INTENTS, 1 + random.nextInt(3));
        String compare = id + "-cmp";
        boolean copy = random.nextBoolean();
        List<Object> errors = new ArrayList<>(List.of(error(copy ? id + "-copy" : compare, "NoMatchingCondition")));
        maybeError(errors, "NoMatchingError", i);
        action(id, "GetParticipantInput", Json.object("Text", "What would you like to do?",
            "LexV2Bot", Json.object("AliasArn", "$.Attributes.bot")), transitions(null, List.of(), errors));
        if (copy) {
            action(id + "-copy", "UpdateContactAttributes", Json.object("Attributes", Json.object("intent" + i, "$.Lex.IntentName")),
                Json.object("NextAction", compare));
        }
        List<Object> conditions = new ArrayList<>();
        intents.forEach(intent -> conditions.add(condition(intent, later(i))));
        List<Object> compareErrors = new ArrayList<>();
        String noMatch = maybeError(compareErrors, "NoMatchingCondition", i);
        action(compare, "Compare", Json.object("ComparisonValue", copy ? "$.Attributes.intent" + i : "$.Lex.IntentName"),
            transitions(null, conditions, compareErrors));
        phrases.put(id, new LinkedHashSet<>(intents.stream().map(ConnectTransitions::words).toList()));
        onInvalid.put(id, noMatch != null ? noMatch : CALL_ENDS);
        onTimeout.put(id, noMatch != null ? noMatch : CALL_ENDS);
    }

    /** A menu whose every key sets its own queue before the one shared transfer: one person per queue. */
    private void queueMenu(int i, String id) {
        List<String> chosen = pick(KEYS, 2 + random.nextInt(7));
        List<Object> conditions = new ArrayList<>();
        StringBuilder prompt = new StringBuilder();
        for (int k = 0; k < chosen.size(); k++) {
            String queue = "Queue" + (char) ('A' + k);
            conditions.add(condition(chosen.get(k), id + "-q" + k));
            prompt.append("For ").append(queue).append(" press ").append(chosen.get(k)).append(". ");
            setQueue(i, id + "-q" + k, queue);
        }
        keyMenu(i, id, prompt.toString().trim(), chosen, conditions, null);
    }

    /** A queue set by ARN, named in the console's metadata, before the one shared transfer (a prompt between, or not). */
    private void setQueue(int i, String id, String queue) {
        boolean prompt = random.nextBoolean();
        action(id, "UpdateContactTargetQueue", Json.object("QueueId",
                "arn:aws:connect:us-east-1:123456789012:instance/0b1c2d3e-aaaa-bbbb-cccc-000000000000/queue/9f8e7d6c-1111-2222-3333-44444444444" + i % 10),
            Json.object("NextAction", prompt ? id + "-say" : "xfer", "Errors", List.of(error(landmark(i), "NoMatchingError"))));
        metadata.put(id, Json.object("queue", Json.object("text", queue)));
        if (prompt) {
            action(id + "-say", "MessageParticipant", Json.object("Text", "Please hold for " + queue + "."), Json.object("NextAction", "xfer"));
        }
        queues.put(id, queue);
    }

    /** An error listed and connected to a block, listed but connected to nothing, or left out: where it leads, or null. */
    private String maybeError(List<Object> errors, String type, int i) {
        int how = random.nextInt(3);
        String to = how == 0 ? landmark(i) : how == 1 ? "" : null;
        if (to != null) {
            errors.add(error(to, type));
        }
        return "".equals(to) ? CALL_ENDS : to;
    }

    /** A block after {@code i}, or one of the flow's ends. */
    private String later(int i) {
        int choices = kinds.size() - i - 1;
        int pick = random.nextInt(choices + 3);
        return pick < choices ? "b" + (i + 1 + pick) : List.of("hang", "away", "xfer").get(pick - choices);
    }

    /** A block after {@code i} whose node id is its own identifier. */
    private String landmark(int i) {
        List<String> ids = new ArrayList<>(List.of("hang", "away"));
        for (int j = i + 1; j < kinds.size(); j++) {
            if (LANDMARKS.contains(kinds.get(j))) {
                ids.add("b" + j);
            }
        }
        return ids.get(random.nextInt(ids.size()));
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private void action(String id, String type, Map<String, Object> parameters, Map<String, Object> transitions) {
        actions.add(Json.object("Identifier", id, "Type", type, "Parameters", parameters, "Transitions", transitions));
    }
}
