package io.ivraudit.imports.connect.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.connect.Action;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORMATS.md 2e's last row, action by action: each legacy module as the flow language action it is. */
class TranslatorTest {
    private static final SourcePosition AT = new SourcePosition("t.json", 1, 1);

    private static Module module(String type, List<Module.Parameter> parameters, List<Module.Branch> branches) {
        return new Module("m", type, null, branches, parameters, JsonView.of(null), AT);
    }

    private static Module.Parameter parameter(String name, String value, String namespace) {
        return new Module.Parameter(name, value, namespace, null, null);
    }

    private static Module.Branch branch(String condition, String to) {
        return new Module.Branch(condition, null, null, to, AT);
    }

    private static Module.Branch evaluate(String type, String value, String to) {
        return new Module.Branch("Evaluate", type, value, to, AT);
    }

    private static String typeOf(String type, Module.Parameter... parameters) {
        return Translator.action(module(type, List.of(parameters), List.of())).type();
    }

    @Test void eachModuleTypeIsTheActionOfTheSameBlock() {
        Map<String, String> types = Map.ofEntries(
            Map.entry("GetUserInput", "GetParticipantInput"), Map.entry("StoreUserInput", "GetParticipantInput"),
            Map.entry("CheckAttribute", "Compare"), Map.entry("SetQueue", "UpdateContactTargetQueue"),
            Map.entry("Transfer", "TransferContactToQueue"), Map.entry("Disconnect", "DisconnectParticipant"),
            Map.entry("InvokeExternalResource", "InvokeLambdaFunction"), Map.entry("Loop", "Loop"),
            Map.entry("CheckHoursOfOperation", "CheckHoursOfOperation"), Map.entry("CheckStaffing", "CheckStaffing"),
            Map.entry("PlayPrompt", "MessageParticipant"), Map.entry("LoopPrompts", "MessageParticipantIteratively"),
            Map.entry("SetAttributes", "UpdateContactAttributes"), Map.entry("SetContactFlow", "UpdateContactEventHooks"),
            Map.entry("SetVoice", "UpdateContactTextToSpeechVoice"), Map.entry("SetLoggingBehavior", "UpdateFlowLoggingBehavior"),
            Map.entry("SetRecordingBehavior", "UpdateContactRecordingBehavior"), Map.entry("Resume", "EndFlowExecution"),
            Map.entry("EndFlow", "EndFlowExecution"), Map.entry("SetCallbackNumber", "UpdateContactCallbackNumber"),
            Map.entry("CreateCallback", "CreateCallbackContact"), Map.entry("CheckQueueStatus", "CheckMetricData"),
            Map.entry("PercentileBranching", "DistributeByPercentage"), Map.entry("Frobnicate", "?Frobnicate"));
        types.forEach((legacy, flowLanguage) -> assertEquals(flowLanguage, typeOf(legacy), legacy));
        assertEquals("ConnectParticipantWithLexBot", typeOf("GetUserInput", parameter("BotName", "Support", null)));
        assertEquals("TransferToFlow", typeOf("Transfer", parameter("ContactFlowId", "arn", null)));
        assertEquals("TransferParticipantToThirdParty", typeOf("Transfer", parameter("PhoneNumber", "+15550100", null)));
    }

    @Test void branchesAreTransitions() {
        Action menu = Translator.action(module("GetUserInput", List.of(parameter("Text", "Press 1.", null), parameter("Timeout", "7", null)),
            List.of(evaluate("Equals", "1", "a"), branch("Timeout", "t"), branch("NoMatch", "n"), branch("Error", "e"))));
        assertEquals(List.of(new Way(Way.Source.CONDITION, "NumberEquals", "1", "a", AT),
                new Way(Way.Source.ERROR, "", "InputTimeLimitExceeded", "t", AT),
                new Way(Way.Source.ERROR, "", "NoMatchingCondition", "n", AT),
                new Way(Way.Source.ERROR, "", "NoMatchingError", "e", AT)), menu.ways());
        assertEquals("7", menu.parameters().text("InputTimeLimitSeconds").orElseThrow());
        assertEquals("False", menu.parameters().text("StoreInput").orElseThrow());
        Action lambda = Translator.action(module("InvokeExternalResource", List.of(), List.of(branch("Success", "a"))));
        assertEquals(List.of(new Way(Way.Source.NEXT, "", "NextAction", "a", AT)), lambda.ways());
        Action loop = Translator.action(module("Loop", List.of(), List.of(branch("Looping", "a"), branch("Complete", "b"))));
        assertEquals(List.of("ContinueLooping", "DoneLooping"), loop.ways().stream().map(Way::value).toList());
        Action queue = Translator.action(module("Transfer", List.of(), List.of(branch("AtCapacity", "a"))));
        assertEquals(new Way(Way.Source.ERROR, "", "QueueAtCapacity", "a", AT), queue.ways().get(0));
        Action compare = Translator.action(module("CheckAttribute", List.of(parameter("Attribute", "n", null),
            parameter("Namespace", "User Defined", null)), List.of(evaluate("GreaterThanOrEqualTo", "3", "a"), evaluate("Equals", "gold", "b"))));
        assertEquals(List.of("NumberGreaterOrEqualTo", "Equals"), compare.ways().stream().map(Way::operator).toList());
        assertEquals("$.Attributes.n", compare.parameters().text("ComparisonValue").orElseThrow());
    }

    @Test void aValueInANamespaceIsAnAttributeReference() {
        assertEquals("$.External.prompt", Values.of(parameter("Text", "prompt", "External")));
        assertEquals("$.Attributes.queue_target", Values.of(parameter("Queue", "queue_target", "User Defined")));
        assertEquals("$.StoredCustomerInput", Values.of(parameter("Attribute", "Stored customer input", "System")));
        assertEquals("$.SystemEndpoint.Address", Values.of(parameter("Attribute", "Dialed Number", "System")));
        assertEquals("$.Lex.IntentName", Values.of(parameter("Attribute", "IntentName", "Lex")));
        assertEquals("plain words", Values.of(parameter("Text", "plain words", null)));
    }
}
