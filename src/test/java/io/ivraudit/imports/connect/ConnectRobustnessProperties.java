package io.ivraudit.imports.connect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Exports with shapes nobody has seen, made of Connect's own words (action types, transition
 * keys, error types, operators, attribute references): reading one never throws, and gives flows
 * (which lower to a tree that loads) or errors with a line and a column.
 */
class ConnectRobustnessProperties {
    private static final List<String> KEYS = List.of("Actions", "StartAction", "Identifier", "Type", "Parameters",
        "Transitions", "NextAction", "Conditions", "Errors", "Condition", "Operator", "Operands", "ErrorType", "Text",
        "SSML", "PromptId", "StoreInput", "InputValidation", "CustomValidation", "PhoneNumberValidation", "MaximumLength",
        "ComparisonValue", "QueueId", "ContactFlowId", "LexV2Bot", "Attributes", "FlowAttributes", "Value", "Content",
        "ContactFlow", "Metadata", "ActionMetadata", "queue", "text", "Name", "Messages", "MetricType", "LoopCount");
    private static final List<String> WORDS = List.of("a", "b", "c", "GetParticipantInput", "ConnectParticipantWithLexBot",
        "MessageParticipant", "MessageParticipantIteratively", "DisconnectParticipant", "EndFlowExecution", "Compare",
        "CheckHoursOfOperation", "CheckMetricData", "Loop", "TransferToFlow", "UpdateContactTargetQueue",
        "TransferContactToQueue", "DequeueContactAndTransferToQueue", "TransferParticipantToThirdParty",
        "UpdateContactAttributes", "UpdateFlowAttributes", "InvokeLambdaFunction", "Equals", "NumberEquals", "TextContains",
        "NoMatchingCondition", "NoMatchingError", "InputTimeLimitExceeded", "InvalidPhoneNumber", "QueueAtCapacity",
        "True", "False", "ContinueLooping", "DoneLooping", "Timeout", "1", "2", "12", "#", "", " ", "_",
        "$.StoredCustomerInput", "$.Lex.IntentName", "$.Attributes.a", "{{contactFlows.a.arn}}", "${Q:a:Q}", "%%X%%",
        "arn:aws:connect:us-east-1:1:instance/x/queue/y", "Press 1 for a. Press 2 for b.", "<speak>Press <break/>1</speak>");
    private static final AmazonConnect CONNECT = new AmazonConnect();

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        Object root = switch (random.nextInt(6)) {
            case 0 -> value(random, 0);
            case 1 -> object(random, 0);
            case 2 -> Json.object("Name", "x", "Content", Json.write(flow(random)));
            case 3 -> Json.object("ContactFlow", Json.object("Content", random.nextBoolean() ? Json.write(flow(random))
                : Json.write(flow(random)).substring(0, 1 + random.nextInt(20))));
            default -> flow(random);
        };
        Platform.Parsed parsed = ConnectFixture.parse("shape.json", Json.write(root));
        assertTrue(parsed.flows().isEmpty() != parsed.errors().isEmpty(), "flows or errors, not both");
        parsed.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        if (!parsed.flows().isEmpty()) {
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
            assertTrue(imported.tree().isPresent());
        }
    }

    /** A flow language document whose actions are random: known types, random parameters and transitions. */
    private static Map<String, Object> flow(Random random) {
        List<Object> actions = new ArrayList<>();
        int size = 1 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("Identifier", String.valueOf((char) ('a' + i)));
            action.put("Type", WORDS.get(3 + random.nextInt(19)));
            action.put("Parameters", random.nextInt(4) == 0 ? value(random, 3) : object(random, 2));
            List<Object> conditions = new ArrayList<>();
            List<Object> errors = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                conditions.add(Json.object("NextAction", id(random, size), "Condition",
                    Json.object("Operator", word(random), "Operands", List.of(word(random)))));
                errors.add(Json.object("NextAction", id(random, size), "ErrorType", word(random)));
            }
            action.put("Transitions", Json.object("NextAction", id(random, size), "Conditions", conditions, "Errors", errors));
            actions.add(random.nextInt(10) == 0 ? value(random, 4) : action);
        }
        return Json.object("Version", "2019-10-30", "StartAction", id(random, size),
            "Metadata", Json.object("ActionMetadata", Json.object("a", object(random, 3))), "Actions", actions);
    }

    private static String id(Random random, int size) {
        return random.nextInt(8) == 0 ? word(random) : String.valueOf((char) ('a' + random.nextInt(size + 1)));
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(depth == 0 ? 6 : 4) + (depth == 0 ? 2 : 0);
        for (int i = 0; i < size; i++) {
            map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        int kind = depth > 4 ? 0 : random.nextInt(4);
        if (kind == 0) {
            return word(random);
        }
        if (kind == 1) {
            return object(random, depth);
        }
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            list.add(random.nextBoolean() ? object(random, depth + 1) : value(random, depth + 1));
        }
        return list;
    }
}
