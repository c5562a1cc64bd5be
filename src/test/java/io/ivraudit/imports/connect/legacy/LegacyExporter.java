package io.ivraudit.imports.connect.legacy;

import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A test-side exporter: writes random small legacy Connect flows the way the legacy console
 * exported them (key menus, stored input read by a CheckAttribute, data entry, Lex bots, hours
 * checks, loops, Lambdas, queues set before one shared Transfer), with branches connected, given
 * without a transition or left out, and the facts their import must keep. Modules lead only
 * forward, so every generated flow ends. Fallback targets are modules whose node id is their own
 * id, so where a wrong key or silence leads can be checked by id.
 */
final class LegacyExporter {
    /** Where a branch connected to nothing leads: the one hang-up the lowering makes for it. */
    static final String CALL_ENDS = "call-ends";

    private enum Kind { MENU, STORED_MENU, ENTRY, LEX, MESSAGE, HOURS, SET_QUEUE, QUEUE_MENU, PASS, LOOP }

    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");
    private static final List<String> INTENTS = List.of("CheckBalance", "ReportFraud", "OpenAccount", "Agent", "Hours");
    private static final List<String> QUEUES = List.of("Sales", "Billing", "Support", "Claims", "Fraud");
    private static final Set<Kind> LANDMARKS = Set.of(Kind.MENU, Kind.STORED_MENU, Kind.ENTRY, Kind.LEX, Kind.MESSAGE,
        Kind.HOURS, Kind.QUEUE_MENU);
    private static final String INSTANCE = "arn:aws:connect:us-west-2:123456789012:instance/0b1c2d3e-aaaa-bbbb-cccc-000000000000/";

    /**
     * A generated export and what its import must keep, by module id.
     *
     * @param keys      each key menu's keys (stored-input menus included)
     * @param phrases   each speech menu's phrases, as words
     * @param onInvalid where a wrong answer leads, by node id (or {@link #CALL_ENDS})
     * @param onTimeout where silence leads
     * @param queues    each queue-setting module's queue
     * @param entries   the data-entry modules
     */
    record Export(String json, Map<String, Set<String>> keys, Map<String, Set<String>> phrases,
                  Map<String, String> onInvalid, Map<String, String> onTimeout, Map<String, String> queues,
                  Set<String> entries) {}

    private final Random random;
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Object> modules = new ArrayList<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, Set<String>> phrases = new HashMap<>();
    private final Map<String, String> onInvalid = new HashMap<>();
    private final Map<String, String> onTimeout = new HashMap<>();
    private final Map<String, String> queues = new HashMap<>();
    private final Set<String> entries = new LinkedHashSet<>();

    private LegacyExporter(long seed) {
        random = new Random(seed);
    }

    static Export export(long seed) {
        return new LegacyExporter(seed).build();
    }

    private Export build() {
        int size = 2 + random.nextInt(10);
        for (int i = 0; i < size; i++) {
            kinds.add(Kind.values()[random.nextInt(Kind.values().length)]);
        }
        for (int i = 0; i < size; i++) {
            block(i);
        }
        module("hang", "Disconnect", List.of(), List.of(), null);
        module("away", "Transfer", List.of(Json.object("name", "ContactFlowId", "value", INSTANCE + "contact-flow/9f8e7d6c-0000",
            "resourceName", "Elsewhere")), List.of(branch("Error", "hang")), "Flow");
        module("xfer", "Transfer", List.of(), List.of(branch("AtCapacity", "hang"), branch("Error", "hang")), "Queue");
        Collections.shuffle(modules, random);
        Map<String, Object> flow = Json.object("modules", modules, "version", "1", "type", "contactFlow", "start", "b0",
            "metadata", Json.object("name", "Generated", "type", "contactFlow", "status", "published"));
        return new Export(Json.write(flow), keys, phrases, onInvalid, onTimeout, queues, entries);
    }

    private void block(int i) {
        String id = "b" + i;
        switch (kinds.get(i)) {
            case MENU -> menu(i, id);
            case STORED_MENU -> storedMenu(i, id);
            case ENTRY -> entry(i, id);
            case LEX -> lex(i, id);
            case MESSAGE -> module(id, "PlayPrompt", List.of(text("Message " + i + ".")), List.of(branch("Success", later(i))), null);
            case HOURS -> module(id, "CheckHoursOfOperation", List.of(), List.of(branch("True", random.nextInt(4) == 0 ? null : later(i)),
                branch("False", later(i)), branch("Error", landmark(i))), null);
            case SET_QUEUE -> setQueue(i, id, QUEUES.get(random.nextInt(QUEUES.size())));
            case QUEUE_MENU -> queueMenu(i, id);
            case PASS -> module(id, random.nextBoolean() ? "SetAttributes" : "InvokeExternalResource",
                List.of(Json.object("name", "Attribute", "key", "step", "value", id, "namespace", null)),
                List.of(branch("Success", later(i)), branch("Error", landmark(i))), null);
            case LOOP -> module(id, "Loop", List.of(Json.object("name", "LoopCount", "value", "3")),
                List.of(branch("Looping", later(i)), branch("Complete", later(i))), null);
        }
    }

    private void menu(int i, String id) {
        List<String> chosen = pick(KEYS, 1 + random.nextInt(4));
        StringBuilder prompt = new StringBuilder("Welcome to menu " + i + ".");
        List<Object> branches = new ArrayList<>();
        for (String key : chosen) {
            branches.add(evaluate(key, later(i)));
            if (random.nextInt(5) > 0) {
                prompt.append(" Press ").append(key).append(" for option ").append(key).append('.');
            }
        }
        if (random.nextInt(4) == 0) {
            branches.add(evaluate("12", later(i)));
        }
        keyMenu(i, id, prompt.toString(), chosen, branches);
    }

    /**
     * A GetUserInput key menu with Timeout, NoMatch and Error each connected, given without a
     * transition, or left out: a wrong key goes NoMatch's way; silence goes Timeout's way, else
     * Error's (the flow language's catch-all NoMatchingError); a way to nothing ends the call.
     */
    private void keyMenu(int i, String id, String prompt, List<String> chosen, List<Object> branches) {
        String noMatch = maybe(branches, "NoMatch", i);
        String silence = maybe(branches, "Timeout", i);
        String failure = maybe(branches, "Error", i);
        module(id, "GetUserInput", List.of(text(prompt), Json.object("name", "Timeout", "value", "5"),
            Json.object("name", "MaxDigits", "value", "1")), branches, "Digits");
        keys.put(id, new LinkedHashSet<>(chosen));
        onInvalid.put(id, noMatch != null ? noMatch : CALL_ENDS);
        onTimeout.put(id, silence != null ? silence : failure != null ? failure : CALL_ENDS);
    }

    /** Store customer input of one digit, copied to an attribute or not, then a CheckAttribute on single keys: a key menu. */
    private void storedMenu(int i, String id) {
        List<String> chosen = pick(KEYS, 1 + random.nextInt(3));
        String check = id + "-check";
        boolean copy = random.nextBoolean();
        module(id, "StoreUserInput", List.of(text("Press " + chosen.get(0) + " to go on."),
                Json.object("name", "CustomerInputType", "value", "Custom"), Json.object("name", "MaxDigits", "value", 1)),
            List.of(branch("Success", copy ? id + "-copy" : check), branch("Error", landmark(i))), null);
        if (copy) {
            module(id + "-copy", "SetAttributes", List.of(Json.object("name", "Attribute", "key", "choice" + i,
                "value", "Stored customer input", "namespace", "System")), List.of(branch("Success", check), branch("Error", check)), null);
        }
        List<Object> branches = new ArrayList<>();
        chosen.forEach(key -> branches.add(evaluate(key, later(i))));
        String silence = null;
        if (random.nextBoolean()) {
            silence = landmark(i);
            branches.add(evaluate("Timeout", silence));
        }
        String noMatch = maybe(branches, "NoMatch", i);
        module(check, "CheckAttribute", List.of(Json.object("name", "Attribute", "value", copy ? "choice" + i : "Stored customer input"),
            Json.object("name", "Namespace", "value", copy ? "User Defined" : "System")), branches, null);
        keys.put(id, new LinkedHashSet<>(chosen));
        onInvalid.put(id, noMatch != null ? noMatch : CALL_ENDS);
        onTimeout.put(id, silence != null ? silence : noMatch != null ? noMatch : CALL_ENDS);
    }

    /** Store customer input of an account number, compared as a number: data entry. */
    private void entry(int i, String id) {
        module(id, "StoreUserInput", List.of(text("Please enter your account number."),
                Json.object("name", "CustomerInputType", "value", "Custom"), Json.object("name", "MaxDigits", "value", 8)),
            List.of(branch("Success", id + "-check"), branch("Error", landmark(i))), null);
        module(id + "-check", "CheckAttribute", List.of(Json.object("name", "Attribute", "value", "Stored customer input"),
                Json.object("name", "Namespace", "value", "System")),
            List.of(evaluate("12345678", later(i)), Json.object("condition", "Evaluate", "conditionType", "GreaterThan",
                "conditionValue", "5000", "transition", later(i)), branch("NoMatch", later(i))), null);
        entries.add(id);
    }

    private void lex(int i, String id) {
        List<String> intents = pick(INTENTS, 1 + random.nextInt(3));
        List<Object> branches = new ArrayList<>();
        intents.forEach(intent -> branches.add(evaluate(intent, later(i))));
        String noMatch = maybe(branches, "NoMatch", i);
        maybe(branches, "Error", i);
        module(id, "GetUserInput", List.of(text("How can I help you? Say " + words(intents.get(0)) + "."),
            Json.object("name", "BotName", "value", "Support"), Json.object("name", "BotAlias", "value", "$LATEST"),
            Json.object("name", "BotRegion", "value", "us-west-2")), branches, "Lex");
        String invalid = noMatch != null ? noMatch : CALL_ENDS;
        phrases.put(id, new LinkedHashSet<>(intents.stream().map(LegacyExporter::words).toList()));
        onInvalid.put(id, invalid);
        onTimeout.put(id, invalid);
    }

    /** A menu whose every key sets its own queue before the one shared Transfer: one person per queue. */
    private void queueMenu(int i, String id) {
        List<String> chosen = pick(KEYS, 2 + random.nextInt(7));
        List<Object> branches = new ArrayList<>();
        StringBuilder prompt = new StringBuilder();
        for (int k = 0; k < chosen.size(); k++) {
            String queue = "Queue" + (char) ('A' + k);
            branches.add(evaluate(chosen.get(k), id + "-q" + k));
            prompt.append("For ").append(queue).append(" press ").append(chosen.get(k)).append(". ");
            setQueue(i, id + "-q" + k, queue);
        }
        keyMenu(i, id, prompt.toString().trim(), chosen, branches);
    }

    /** A SetQueue by ARN with the queue's resourceName, before the one shared Transfer (a prompt between, or not). */
    private void setQueue(int i, String id, String queue) {
        boolean prompt = random.nextBoolean();
        String arn = INSTANCE + "queue/9f8e7d6c-1111-2222-3333-44444444444" + i % 10;
        module(id, "SetQueue", List.of(Json.object("name", "Queue", "value", arn, "namespace", null, "resourceName", queue)),
            List.of(branch("Success", prompt ? id + "-say" : "xfer"), branch("Error", landmark(i))), null);
        if (prompt) {
            module(id + "-say", "PlayPrompt", List.of(text("Please hold for " + queue + ".")), List.of(branch("Success", "xfer")), null);
        }
        queues.put(id, queue);
    }

    /** A branch connected to a module, given without a transition, or left out: where it leads, or null when it is left out. */
    private String maybe(List<Object> branches, String condition, int i) {
        int how = random.nextInt(3);
        if (how == 0) {
            String to = landmark(i);
            branches.add(branch(condition, to));
            return to;
        }
        if (how == 1) {
            branches.add(random.nextBoolean() ? branch(condition, null) : Json.object("condition", condition, "transition", ""));
            return CALL_ENDS;
        }
        return null;
    }

    /** A module after {@code i}, or one of the flow's ends. */
    private String later(int i) {
        int choices = kinds.size() - i - 1;
        int pick = random.nextInt(choices + 3);
        return pick < choices ? "b" + (i + 1 + pick) : List.of("hang", "away", "xfer").get(pick - choices);
    }

    /** A module after {@code i} whose node id is its own id. */
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

    private void module(String id, String type, List<Object> parameters, List<Object> branches, String target) {
        Map<String, Object> module = Json.object("id", id, "type", type, "branches", branches, "parameters", parameters,
            "metadata", Json.object("position", Json.object("x", 10, "y", 20)));
        if (target != null) {
            module.put("target", target);
        }
        modules.add(module);
    }

    private static Map<String, Object> branch(String condition, String to) {
        return to == null ? Json.object("condition", condition) : Json.object("condition", condition, "transition", to);
    }

    private static Map<String, Object> evaluate(String value, String to) {
        return Json.object("condition", "Evaluate", "conditionType", "Equals", "conditionValue", value, "transition", to);
    }

    private static Map<String, Object> text(String words) {
        return Json.object("name", "Text", "value", words, "namespace", null);
    }

    /** An intent name as the words a caller says: "CheckBalance" is "check balance". */
    static String words(String intent) {
        return intent.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(Locale.ROOT);
    }
}
