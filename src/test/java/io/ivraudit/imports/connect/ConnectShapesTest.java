package io.ivraudit.imports.connect;

import static io.ivraudit.imports.connect.ConnectFixture.CONNECT;
import static io.ivraudit.imports.connect.ConnectFixture.line;
import static io.ivraudit.imports.connect.ConnectFixture.lower;
import static io.ivraudit.imports.connect.ConnectFixture.parse;
import static io.ivraudit.imports.connect.ConnectFixture.real;
import static io.ivraudit.imports.connect.ConnectFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.Node;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two export shapes, what a file that cannot be read gives, and how flows and queues are named. */
class ConnectShapesTest {
    private static final String MENU = """
        {"Version": "2019-10-30", "StartAction": "menu", "Actions": [
          {"Identifier": "menu", "Type": "GetParticipantInput",
           "Parameters": {"SSML": "<speak><p>Welcome.</p><p>Press 1 for sales<break/>Press 2 for billing.</p></speak>",
                          "InputTimeLimitSeconds": "8"},
           "Transitions": {"Conditions": [
              {"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["1"]}},
              {"NextAction": "bye", "Condition": {"Operator": "NumberEquals", "Operands": ["2"]}}],
            "Errors": [{"NextAction": "", "ErrorType": "NoMatchingCondition"},
                       {"NextAction": "sorry", "ErrorType": "NoMatchingError"}]}},
          {"Identifier": "sorry", "Type": "MessageParticipant",
           "Parameters": {"PromptId": "arn:aws:connect:us-east-1:1:instance/i/prompt/p"}, "Transitions": {"NextAction": "bye"}},
          {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """;

    @Test void bothShapesAreRecognisedAndNoTreeOrStudioFlowIs() throws IOException {
        try (Stream<Path> files = Stream.of(Files.list(TestData.CONNECT), Files.list(TestData.STUDIO), Files.list(Path.of("trees")))
                .flatMap(s -> s)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).toList()) {
                assertEquals(file.startsWith(TestData.CONNECT), CONNECT.recognises(ExportDocument.read(file)), file.toString());
            }
        }
        assertTrue(CONNECT.recognises(ExportDocument.read("d.json", "{\"Content\": \"{\\\"Actions\\\": [\"}")));
        assertFalse(CONNECT.recognises(ExportDocument.read("d.json", "{\"Content\": \"just words\"}")));
        assertEquals("amazon-connect", CONNECT.id());
        assertEquals("Amazon Connect", CONNECT.title());
    }

    private static List<String> errors(String json) {
        Platform.Parsed parsed = parse("bad.json", json);
        assertTrue(parsed.flows().isEmpty());
        return parsed.errors().stream().map(LoadError::toString).toList();
    }

    @Test void filesThatCannotBeReadGiveErrorsAtTheirLinesAndColumns() {
        assertEquals(List.of("bad.json:1:1: found a list; expected an Amazon Connect flow (a JSON object)"), errors("[1, 2]\n"));
        assertEquals(List.of("bad.json:3:16: an action without Identifier and Type; expected each action to have both",
                "bad.json:1:1: StartAction 'nope' is not an action; expected the Identifier of one"),
            errors("{\n  \"StartAction\": \"nope\",\n  \"Actions\": [ {\"Type\": \"X\"} ]\n}\n"));
        assertEquals(List.of("bad.json:2:3: a second action with Identifier 'a'; expected identifiers to be unique"),
            errors("{\"StartAction\": \"a\", \"Actions\": [{\"Identifier\": \"a\", \"Type\": \"X\"},\n  {\"Identifier\": \"a\", \"Type\": \"Y\"}]}"));
        String truncated = errors("{\"Actions\": [\n").get(0);
        assertTrue(truncated.startsWith("bad.json:2:1: ") && truncated.endsWith("; expected valid JSON"), truncated);
        String inner = errors("{\"Name\": \"x\",\n \"Content\": \"{\\\"Actions\\\": [1,\"}").get(0);
        assertTrue(inner.startsWith("bad.json (Content):1:"), "errors inside Content are placed in the string: " + inner);
        assertEquals(List.of("bad.json:2:13: the Content string holds no flow (no Actions); expected an Amazon Connect flow in it"),
            errors("{\"Name\": \"x\",\n \"Content\": \"{\\\"StartAction\\\": \\\"a\\\"}\"}"));
        assertEquals(List.of("bad.json:1:1: found no Actions, Content or ContactFlow.Content; expected an Amazon Connect flow export"),
            errors("{\"Name\": \"x\"}"));
    }

    @Test void blocksInsideAContentStringArePlacedAtTheString() {
        Flow acme = real("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_main_AUTO.json");
        assertTrue(acme.blocks().values().stream().allMatch(b -> b.at().line() == 4 && b.at().column() == 14));
        Flow scv = real("amazon-connect__amazon-connect-salesforce-scv__AWS_Sample_SCV_REST_Example.json");
        assertTrue(scv.blocks().values().stream().flatMap(b -> b.exits().stream()).allMatch(e -> e.at().line() == 6));
        Flow cards = real("aws-samples__amazon-connect-step-by-step-guides-module-library__SBSGuides_Example_Cards_Handler.json");
        assertEquals(new SourcePosition(cards.file(), 124, 5), cards.blocks().values().iterator().next().at(),
            "a plain flow places each action at its own '{'");
    }

    @Test void aFlowIsNamedByItsNameArnIdAndFile() {
        String content = MENU.replace("\"", "\\\"").replace("\n", "\\n");
        Flow flow = parse("exports/main-flow.json", "{\"ContactFlow\": {\"Arn\": \"arn:aws:connect:us-east-1:1:instance/i/contact-flow/f-9\","
            + " \"Id\": \"f-9\", \"Name\": \"Main\", \"Content\": \"" + content + "\"}}").flows().get(0);
        assertEquals("Main", flow.name());
        assertTrue(flow.names().containsAll(List.of("Main", "f-9", "arn:aws:connect:us-east-1:1:instance/i/contact-flow/f-9", "main-flow")),
            flow.names().toString());
        assertEquals("menu", flow.entry());
    }

    @Test void aKeyMenuReadsItsSsmlTimeoutAndErrorsAsConnectDocumentsThem() {
        Flow flow = parse("menu.json", MENU).flows().get(0);
        Block menu = flow.blocks().get("menu");
        Step.Ask ask = assertInstanceOf(Step.Ask.class, menu.step());
        assertEquals("Welcome.\nPress 1 for sales\nPress 2 for billing.", ask.prompt());
        assertEquals(8.0, ask.timeoutSeconds());
        assertEquals(List.of("1", "2"), menu.exits(Exit.Kind.KEY).stream().map(Exit::value).toList());
        Exit noMatch = menu.exit(Exit.Kind.NO_MATCH).orElseThrow();
        assertNull(noMatch.target(), "NoMatchingCondition is listed but connected to nothing");
        assertEquals(Exit.Missing.ENDS_CALL, noMatch.then());
        Exit silence = menu.exit(Exit.Kind.TIMEOUT).orElseThrow();
        assertEquals("sorry", silence.target(), "an error the action does not list goes NoMatchingError's way");
        assertEquals("InputTimeLimitExceeded (not in the export: NoMatchingError's way)", silence.value());
        assertEquals(new Step.Play(null, true), flow.blocks().get("sorry").step(), "a prompt ARN is a recording");
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        Node.Menu lowered = tree.menus().get(0);
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(lowered.invalidTarget()));
        assertTrue(line(imported, "menu", "no match (NoMatchingCondition)").detail().contains("Amazon Connect ends the call here"));
        assertEquals("sorry", lowered.timeoutTarget());
    }

    @Test void transfersToFlowsAreNamedSoTheOtherFlowIsFound() {
        String caller = """
            {"StartAction": "go", "Metadata": {"ActionMetadata": {}}, "Actions": [
              {"Identifier": "go", "Type": "TransferToFlow",
               "Parameters": {"ContactFlowId": "arn:aws:connect:us-east-1:1:instance/i/contact-flow/f-9"}, "Transitions": {}}]}
            """;
        String callee = "{\"ContactFlow\": {\"Arn\": \"arn:aws:connect:us-east-1:1:instance/i/contact-flow/f-9\", \"Name\": \"Main\","
            + " \"Content\": \"" + MENU.replace("\"", "\\\"").replace("\n", "\\n") + "\"}}";
        Flow from = parse("caller.json", caller).flows().get(0);
        assertEquals(new Step.Link("f-9"), from.blocks().get("go").step(), "the id after contact-flow/ in the ARN");
        Tree tree = tree(lower(List.of(from, parse("main.json", callee).flows().get(0)), null));
        assertInstanceOf(Node.Menu.class, tree.nodes().get(tree.entry()), "the transfer leads into Main's menu");
        Flow dynamic = parse("d.json", caller.replace("arn:aws:connect:us-east-1:1:instance/i/contact-flow/f-9", "$.Attributes.next"))
            .flows().get(0);
        assertEquals(new Step.Link("a flow chosen at run time from $.Attributes.next"), dynamic.blocks().get("go").step());
    }

    @Test void eachQueueSetBeforeASharedTransferIsItsOwnPersonNamedFromMetadataOrPlaceholders() {
        String arn = "arn:aws:connect:us-east-1:1:instance/i/queue/4bca1082-f46a-4580-8c76-79db54b8d49a";
        Flow flow = parse("q.json", """
            {"StartAction": "m", "Metadata": {"ActionMetadata": {"a": {"queue": {"text": "Billing"}}}}, "Actions": [
              {"Identifier": "m", "Type": "GetParticipantInput", "Parameters": {"Text": "Press 1, 2 or 3."},
               "Transitions": {"Conditions": [
                 {"NextAction": "a", "Condition": {"Operator": "Equals", "Operands": ["1"]}},
                 {"NextAction": "b", "Condition": {"Operator": "Equals", "Operands": ["2"]}},
                 {"NextAction": "c", "Condition": {"Operator": "Equals", "Operands": ["3"]}}]}},
              {"Identifier": "a", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "ARN"},
               "Transitions": {"NextAction": "hold"}},
              {"Identifier": "hold", "Type": "MessageParticipant", "Parameters": {"Text": "Please hold."},
               "Transitions": {"NextAction": "t"}},
              {"Identifier": "b", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "ARN"},
               "Transitions": {"NextAction": "t"}},
              {"Identifier": "c", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "{{queues.Claims.arn}}"},
               "Transitions": {"NextAction": "t"}},
              {"Identifier": "t", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": {}}]}
            """.replace("ARN", arn)).flows().get(0);
        assertEquals(new Step.Person("Billing"), flow.blocks().get("a").step(), "the console's name, not the ARN");
        assertEquals(new Step.Person(null), flow.blocks().get("b").step(), "an ARN's generated id is no name");
        assertEquals(new Step.Person("Claims"), flow.blocks().get("c").step());
        assertTrue(flow.blocks().get("a").exits().stream().anyMatch(e -> e.value().contains("after playing 'Please hold.'")));
        assertEquals(new Step.Person(null), flow.blocks().get("t").step(), "three queues reach the shared transfer");
        Tree tree = tree(lower(flow));
        assertEquals(List.of("Billing", "Claims"), ConnectFixture.nodes(tree, Node.Human.class).stream().map(Node.Human::queue)
            .filter(java.util.Objects::nonNull).sorted().toList());
        assertEquals(3, ConnectFixture.nodes(tree, Node.Human.class).size());
    }

    @Test void aTransferEveryWayToWhichSetsOneQueueIsThatQueue() {
        Flow flow = parse("h.json", """
            {"StartAction": "c", "Actions": [
              {"Identifier": "c", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "{{queues.Claims.arn}}"},
               "Transitions": {"NextAction": "h"}},
              {"Identifier": "h", "Type": "CheckHoursOfOperation", "Parameters": {}, "Transitions": {"Conditions": [
                 {"NextAction": "t", "Condition": {"Operator": "Equals", "Operands": ["True"]}},
                 {"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["False"]}}]}},
              {"Identifier": "t", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": {}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """).flows().get(0);
        assertEquals(new Step.Pass(), flow.blocks().get("c").step(), "an hours check stands between it and the transfer");
        assertEquals(new Step.Person("Claims"), flow.blocks().get("t").step());
    }

    @Test void unconnectedTransitionsAreExitsToNothing() {
        Flow flow = parse("u.json", """
            {"StartAction": "h", "Actions": [
              {"Identifier": "h", "Type": "CheckHoursOfOperation", "Parameters": {},
               "Transitions": {"Conditions": [{"NextAction": "", "Condition": {"Operator": "Equals", "Operands": ["True"]}}]}}]}
            """).flows().get(0);
        Block hours = flow.blocks().get("h");
        assertEquals(List.of(Exit.Kind.OPEN, Exit.Kind.CLOSED, Exit.Kind.ERROR), hours.exits().stream().map(Exit::kind).toList());
        assertTrue(hours.exits().stream().noneMatch(Exit::connected));
        assertEquals("False (not in the export)", hours.exit(Exit.Kind.CLOSED).orElseThrow().value());
    }
}
