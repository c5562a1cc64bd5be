package io.ivraudit.imports.connect.legacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
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
 * Legacy exports with shapes nobody has seen, made of the legacy format's own words (module types,
 * branch conditions, condition types, parameter names, namespaces, targets): reading one never
 * throws, and gives flows (which lower to a tree that loads) or errors with a line and a column.
 */
class LegacyRobustnessProperties {
    private static final List<String> TYPES = List.of("GetUserInput", "StoreUserInput", "StoreCustomerInput", "CheckAttribute",
        "SetQueue", "Transfer", "TransferToFlow", "CustomerInQueue", "CheckHoursOfOperation", "CheckStaffing", "CheckQueueStatus",
        "Loop", "InvokeExternalResource", "Disconnect", "PlayPrompt", "PlayAudio", "LoopPrompts", "SetAttributes", "SetScreenPop",
        "SetContactFlow", "SetEventHook", "SetVoice", "SetLoggingBehavior", "SetRecordingBehavior", "Resume", "EndFlow",
        "SetCallbackNumber", "SetCallBackNumber", "CreateCallback", "UpdateRoutingPriority", "PercentileBranching",
        "MessageParticipant", "Compare", "Frobnicate");
    private static final List<String> CONDITIONS = List.of("Success", "Error", "NoMatch", "Timeout", "Evaluate", "True", "False",
        "Looping", "Complete", "AtCapacity", "InvalidNumber", "InvalidPhoneNumber", "NonDialableNumber", "CheckQueueTime",
        "CallFailed", "", "Maybe");
    private static final List<String> OPERATORS = List.of("Equals", "GreaterThan", "GreaterThanOrEqualTo", "LessThan",
        "LessThanOrEqualTo", "Contains", "Weird");
    private static final List<String> NAMES = List.of("Text", "TextToSpeechType", "AudioPrompt", "Timeout", "MaxDigits", "BotName",
        "BotAlias", "CustomerInputType", "PhoneNumberFormat", "TerminatorDigits", "Attribute", "Namespace", "Queue", "Agent",
        "ContactFlowId", "PhoneNumber", "Status", "LoopCount", "FunctionArn", "TimeLimit", "Parameter", "GlobalVoice", "Type",
        "CallBackNumber", "key", "value", "");
    private static final List<String> VALUES = List.of("1", "2", "12", "#", "*", "", " ", "Press 1 for a. Press 2 for b.",
        "<speak>Press <break/>1</speak>", "ssml", "text", "PhoneNumber", "Custom", "Stored customer input", "Channel",
        "CheckBalance", "Timeout", "Available", "Staffed", "3", "-1", "99999999999", "arn:aws:connect:us-east-1:1:instance/x/queue/y",
        "arn:aws:connect:us-east-1:1:instance/x/contact-flow/f", "CHANGE TO MAKE PAYMENT FLOW", "$.External.x", "{{x}}", "null");
    private static final List<String> NAMESPACES = List.of("External", "User Defined", "System", "Lex", "", "Weird Place");
    private static final List<String> TARGETS = List.of("Digits", "Lex", "Flow", "Queue", "Lambda", "PhoneNumber", "");

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        Object root = switch (random.nextInt(8)) {
            case 0 -> pick(random, VALUES);
            case 1 -> List.of(flow(random));
            default -> flow(random);
        };
        String json = Json.write(root);
        if (random.nextInt(10) == 0) {
            json = json.substring(0, random.nextInt(json.length()));
        }
        Platform.Parsed parsed = LegacyFixture.parse("shape.json", json);
        assertTrue(parsed.flows().isEmpty() != parsed.errors().isEmpty(), "flows or errors, not both");
        parsed.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        if (!parsed.flows().isEmpty()) {
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
            assertTrue(imported.tree().isPresent());
            assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(imported.tree().get())).ok());
        }
        LegacyFixture.LEGACY.recognises(ExportDocument.read("shape.json", json));
    }

    /** A legacy flow whose modules are random: known types, random branches and parameters, some modules not objects. */
    private static Map<String, Object> flow(Random random) {
        List<Object> modules = new ArrayList<>();
        int size = 1 + random.nextInt(7);
        for (int i = 0; i < size; i++) {
            Map<String, Object> module = new LinkedHashMap<>();
            if (random.nextInt(20) > 0) {
                module.put("id", id(random, size));
            }
            if (random.nextInt(20) > 0) {
                module.put("type", pick(random, TYPES));
            }
            List<Object> branches = new ArrayList<>();
            for (int b = random.nextInt(5); b > 0; b--) {
                Map<String, Object> branch = new LinkedHashMap<>();
                branch.put("condition", pick(random, CONDITIONS));
                if (random.nextInt(3) == 0) {
                    branch.put("conditionType", pick(random, OPERATORS));
                    branch.put("conditionValue", random.nextBoolean() ? pick(random, VALUES) : random.nextInt(400000));
                }
                if (random.nextInt(6) > 0) {
                    branch.put("transition", id(random, size));
                }
                branches.add(random.nextInt(15) == 0 ? pick(random, VALUES) : branch);
            }
            module.put("branches", random.nextInt(15) == 0 ? pick(random, VALUES) : branches);
            List<Object> parameters = new ArrayList<>();
            for (int p = random.nextInt(5); p > 0; p--) {
                Map<String, Object> parameter = new LinkedHashMap<>();
                parameter.put("name", pick(random, NAMES));
                parameter.put("value", random.nextInt(8) == 0 ? Json.object("a", "b") : random.nextInt(8) == 0 ? null : pick(random, VALUES));
                if (random.nextBoolean()) {
                    parameter.put("namespace", random.nextInt(3) == 0 ? null : pick(random, NAMESPACES));
                }
                if (random.nextInt(4) == 0) {
                    parameter.put("key", pick(random, VALUES));
                }
                if (random.nextInt(4) == 0) {
                    parameter.put("resourceName", random.nextBoolean() ? null : pick(random, VALUES));
                }
                parameters.add(parameter);
            }
            module.put("parameters", parameters);
            module.put("metadata", random.nextBoolean() ? Json.object("queue", random.nextBoolean() ? "q" : Json.object("text", "Sales"),
                "ContactFlow", Json.object("text", pick(random, VALUES))) : pick(random, VALUES));
            if (random.nextBoolean()) {
                module.put("target", pick(random, TARGETS));
            }
            modules.add(random.nextInt(15) == 0 ? pick(random, VALUES) : module);
        }
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("modules", random.nextInt(20) == 0 ? Json.object("id", "a") : modules);
        if (random.nextInt(10) > 0) {
            flow.put("start", id(random, size));
        }
        flow.put("version", "1");
        flow.put("type", random.nextBoolean() ? "contactFlow" : "customerQueue");
        flow.put("metadata", Json.object("name", random.nextBoolean() ? pick(random, VALUES) : null));
        return flow;
    }

    private static String id(Random random, int size) {
        return random.nextInt(10) == 0 ? pick(random, VALUES) : String.valueOf((char) ('a' + random.nextInt(size + 1)));
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
