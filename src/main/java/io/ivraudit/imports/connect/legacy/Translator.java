package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.connect.Action;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each legacy module as the flow language action of the same console block, with its parameters
 * and its branches as transitions ({@link Ways}), so that what a block does for a caller is
 * written once, in the Connect importer. The table is FORMATS.md 2e's last row: GetUserInput is
 * GetParticipantInput (ConnectParticipantWithLexBot with a BotName), StoreUserInput a
 * GetParticipantInput that stores the input, CheckAttribute Compare, SetQueue
 * UpdateContactTargetQueue, Transfer TransferToFlow (with a ContactFlowId) or
 * TransferContactToQueue (without), Disconnect DisconnectParticipant, InvokeExternalResource
 * InvokeLambdaFunction; the rest by the block they are in the console. A module type nobody has
 * seen keeps its own type, marked {@link #UNKNOWN}, which the Connect importer follows through
 * with all its branches. O(parameters + branches) per module.
 */
final class Translator {
    /** Marks a type the translation does not know, so that no flow language type of the same name is taken for it. */
    static final String UNKNOWN = "?";

    private Translator() {}

    /** The flow language action a module is. */
    static Action action(Module m) {
        return switch (m.type()) {
            case "GetUserInput" -> lex(m) ? action(m, "ConnectParticipantWithLexBot", bot(m))
                : action(m, "GetParticipantInput", with(prompt(m), "InputTimeLimitSeconds", m.literal("Timeout"), "StoreInput", "False"));
            case "StoreUserInput", "StoreCustomerInput" -> action(m, "GetParticipantInput", stored(m));
            case "PlayPrompt", "PlayAudio" -> action(m, "MessageParticipant", prompt(m));
            case "LoopPrompts" -> action(m, "MessageParticipantIteratively", Map.of("Messages", PromptParameters.messages(m)));
            case "CheckAttribute" -> action(m, "Compare", with(new LinkedHashMap<>(), "ComparisonValue", compared(m)));
            case "SetQueue" -> new Action(m.id(), "UpdateContactTargetQueue", Nodes.object(queue(m)), Ways.of(m),
                Nodes.object(named("queue", queueName(m))), m.at());
            case "Transfer" -> transfer(m);
            case "TransferToFlow" -> toFlow(m);
            case "CustomerInQueue" -> action(m, "TransferContactToQueue", Map.of());
            case "Disconnect" -> action(m, "DisconnectParticipant", Map.of());
            case "Resume", "EndFlow" -> action(m, "EndFlowExecution", Map.of());
            case "CheckHoursOfOperation" -> action(m, "CheckHoursOfOperation", generic(m));
            case "CheckStaffing" -> action(m, "CheckStaffing", staffing(m));
            case "CheckQueueStatus" -> action(m, "CheckMetricData", with(generic(m), "MetricType", queueMetric(m)));
            case "Loop" -> action(m, "Loop", with(new LinkedHashMap<>(), "LoopCount", m.literal("LoopCount")));
            case "InvokeExternalResource" -> action(m, "InvokeLambdaFunction", lambda(m));
            case "SetAttributes" -> action(m, "UpdateContactAttributes", Map.of("Attributes", keyed(m, "Attribute")));
            case "SetScreenPop" -> action(m, "UpdateContactAttributes", Map.of("Attributes", screenPop(m)));
            case "SetContactFlow", "SetEventHook" -> action(m, "UpdateContactEventHooks", Map.of("EventHooks", eventHook(m)));
            case "SetVoice" -> action(m, "UpdateContactTextToSpeechVoice", with(new LinkedHashMap<>(), "TextToSpeechVoice",
                value(m, "GlobalVoice")));
            case "SetLoggingBehavior" -> action(m, "UpdateFlowLoggingBehavior", with(new LinkedHashMap<>(), "FlowLoggingBehavior",
                value(m, "LoggingBehavior")));
            case "SetRecordingBehavior" -> action(m, "UpdateContactRecordingBehavior", generic(m));
            case "SetCallbackNumber", "SetCallBackNumber" -> action(m, "UpdateContactCallbackNumber", with(new LinkedHashMap<>(),
                "CallbackNumber", value(m, "CallBackNumber") != null ? value(m, "CallBackNumber") : value(m, "CallbackNumber")));
            case "CreateCallback" -> action(m, "CreateCallbackContact", generic(m));
            case "UpdateRoutingPriority" -> action(m, "UpdateContactRoutingBehavior", generic(m));
            case "PercentileBranching" -> action(m, "DistributeByPercentage", generic(m));
            default -> action(m, UNKNOWN + m.type(), generic(m));
        };
    }

    private static Action action(Module m, String type, Map<String, ?> parameters) {
        return new Action(m.id(), type, Nodes.object(parameters), Ways.of(m), JsonView.of(null), m.at());
    }

    private static boolean lex(Module m) {
        return m.has("BotName") || "Lex".equalsIgnoreCase(m.target());
    }

    private static Map<String, Object> prompt(Module m) {
        return PromptParameters.of(m);
    }

    /** A Lex bot: the prompt, the bot by name, alias and region, and the time limit if one is given. */
    private static Map<String, Object> bot(Module m) {
        Map<String, Object> bot = with(new LinkedHashMap<>(), "Name", value(m, "BotName"), "Alias", value(m, "BotAlias"),
            "Region", value(m, "BotRegion"));
        return with(prompt(m), "LexBot", bot, "InputTimeLimitSeconds", m.literal("Timeout"));
    }

    /** Store customer input: the digits kept in {@code $.StoredCustomerInput}, a phone number or up to MaxDigits digits. */
    private static Map<String, Object> stored(Module m) {
        boolean phone = "PhoneNumber".equalsIgnoreCase(m.literal("CustomerInputType"));
        Map<String, Object> validation = phone
            ? Map.of("PhoneNumberValidation", with(new LinkedHashMap<>(), "NumberFormat",
                Optional.ofNullable(m.literal("PhoneNumberFormat")).orElse("Local"), "CountryCode", m.literal("CountryCode")))
            : Map.of("CustomValidation", with(new LinkedHashMap<>(), "MaximumLength", m.literal("MaxDigits")));
        Map<String, Object> parameters = with(prompt(m), "StoreInput", "True", "InputTimeLimitSeconds", m.literal("Timeout"));
        parameters.put("InputValidation", validation);
        if (m.literal("TerminatorDigits") != null) {
            parameters.put("DTMFConfiguration", Map.of("InputTerminationSequence", m.literal("TerminatorDigits")));
        }
        return parameters;
    }

    /** The attribute a CheckAttribute reads: its Attribute in its Namespace. */
    private static String compared(Module m) {
        String attribute = m.literal("Attribute");
        String namespace = m.literal("Namespace");
        if (attribute == null) {
            return null;
        }
        return namespace == null || namespace.isBlank() ? m.parameter("Attribute").map(Values::of).orElse(null)
            : Values.reference(namespace, attribute);
    }

    /** The queue a SetQueue sets (an ARN, an attribute), or the agent whose queue it is. */
    private static Map<String, Object> queue(Module m) {
        return with(new LinkedHashMap<>(), "QueueId", value(m, "Queue"), "AgentId", value(m, "Agent"));
    }

    /** The queue's name the console showed: the parameter's resourceName, else the metadata's; none when it is read at run time. */
    private static String queueName(Module m) {
        Optional<Module.Parameter> queue = m.parameter("Queue").filter(p -> !p.dynamic());
        return queue.map(Module.Parameter::resourceName).filter(n -> !n.isBlank())
            .or(() -> queue.flatMap(p -> m.metadata().object("queue").text("text")).filter(n -> !n.isBlank()))
            .orElse(null);
    }

    /**
     * A Transfer: to a flow when it names one ({@code ContactFlowId}, or target Flow), to a phone
     * number when it gives one, else to the queue set before it (FORMATS.md 2e).
     */
    private static Action transfer(Module m) {
        if (m.has("ContactFlowId") || "Flow".equalsIgnoreCase(m.target())) {
            return toFlow(m);
        }
        if (m.has("PhoneNumber") || m.has("ThirdPartyPhoneNumber") || "PhoneNumber".equalsIgnoreCase(m.target())) {
            String number = value(m, "ThirdPartyPhoneNumber") != null ? value(m, "ThirdPartyPhoneNumber") : value(m, "PhoneNumber");
            return action(m, "TransferParticipantToThirdParty", with(new LinkedHashMap<>(), "ThirdPartyPhoneNumber", number));
        }
        return action(m, "TransferContactToQueue", Map.of());
    }

    /** A transfer to a flow, named as the console named it (the parameter's resourceName, else the metadata's). */
    private static Action toFlow(Module m) {
        Optional<Module.Parameter> flow = m.parameter("ContactFlowId").filter(p -> !p.dynamic());
        String name = flow.map(Module.Parameter::resourceName).filter(n -> !n.isBlank())
            .or(() -> flow.flatMap(p -> m.metadata().object("ContactFlow").text("text")).filter(n -> !n.isBlank()))
            .or(() -> flow.flatMap(p -> m.metadata().object("contactFlow").text("text")).filter(n -> !n.isBlank()))
            .orElse(null);
        String id = value(m, "ContactFlowId");
        return new Action(m.id(), "TransferToFlow", Nodes.object(with(new LinkedHashMap<>(), "ContactFlowId", id == null ? "" : id)),
            Ways.of(m), Nodes.object(named("ContactFlow", name)), m.at());
    }

    /** Check staffing: agents available, staffed or online (its Status), in the queue or the agent's queue it names. */
    private static Map<String, Object> staffing(Module m) {
        String status = m.literal("Status");
        return with(new LinkedHashMap<>(), "MetricType", status == null ? null : "NumberOfAgents" + status.trim(),
            "QueueId", value(m, "Queue"), "AgentId", value(m, "Agent"));
    }

    /** Check queue status: the time the oldest contact has waited, or the number of contacts in queue. */
    private static String queueMetric(Module m) {
        return m.branches().stream().map(Module.Branch::condition)
            .map(c -> c.toLowerCase(Locale.ROOT).contains("time") ? "OldestContactInQueueAgeSeconds"
                : c.toLowerCase(Locale.ROOT).contains("capacity") ? "NumberOfContactsInQueue" : null)
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Map<String, Object> lambda(Module m) {
        return with(new LinkedHashMap<>(), "LambdaFunctionARN", value(m, "FunctionArn"),
            "InvocationTimeLimitSeconds", m.literal("TimeLimit"), "LambdaInvocationAttributes", keyed(m, "Parameter"));
    }

    /** Parameters of one name that each set a key ({@code Attribute}, {@code Parameter}): key to value. */
    private static Map<String, Object> keyed(Module m, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Module.Parameter p : m.parameters(name)) {
            if (p.key() != null && !p.key().isBlank() && Values.of(p) != null) {
                out.put(p.key().trim(), Values.of(p));
            }
        }
        return out;
    }

    /** The deprecated Set screen pop: one attribute, its key and value in parameters of those names. */
    private static Map<String, Object> screenPop(Module m) {
        String key = m.literal("key");
        return key == null || key.isBlank() ? Map.of() : with(new LinkedHashMap<>(), key.trim(), value(m, "value"));
    }

    /** Set customer queue, hold or whisper flow: the flow an event (its Type) runs; no transfer. */
    private static Map<String, Object> eventHook(Module m) {
        return with(new LinkedHashMap<>(), Optional.ofNullable(m.literal("Type")).orElse("EventHook"), value(m, "ContactFlowId"));
    }

    /** Every parameter by its name (a keyed one under its name, by key), for actions no block reads parameters of. */
    private static Map<String, Object> generic(Module m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Module.Parameter p : m.parameters()) {
            if (p.name().isBlank() || Values.of(p) == null) {
                continue;
            }
            if (p.key() != null && !p.key().isBlank()) {
                Object group = out.computeIfAbsent(p.name(), n -> new LinkedHashMap<String, Object>());
                if (group instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked") Map<String, Object> keys = (Map<String, Object>) map;
                    keys.putIfAbsent(p.key().trim(), Values.of(p));
                }
            } else {
                out.putIfAbsent(p.name(), Values.of(p));
            }
        }
        return out;
    }

    private static String value(Module m, String name) {
        return m.parameter(name).map(Values::of).orElse(null);
    }

    private static Map<String, Object> named(String key, String name) {
        return name == null ? Map.of() : Map.of(key, Map.of("text", name));
    }

    /** The map with these keys and values added, {@code null} values left out. */
    static Map<String, Object> with(Map<String, Object> map, Object... keysAndValues) {
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
