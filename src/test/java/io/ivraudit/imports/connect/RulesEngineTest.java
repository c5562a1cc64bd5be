package io.ivraudit.imports.connect;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.connect.ConnectFixture.line;
import static io.ivraudit.imports.connect.ConnectFixture.lines;
import static io.ivraudit.imports.connect.ConnectFixture.lower;
import static io.ivraudit.imports.connect.ConnectFixture.nodes;
import static io.ivraudit.imports.connect.ConnectFixture.real;
import static io.ivraudit.imports.connect.ConnectFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seven flows of aws-samples/amazon-connect-rules-engine: one contact centre whose flows
 * transfer to each other through {@code {{contactFlows.X.arn}}} placeholders, most of what callers
 * hear built from a rules Lambda's attributes. Each fact was read by hand in the JSON.
 */
class RulesEngineTest {
    private static final String PREFIX = "aws-samples__amazon-connect-rules-engine__";

    private static Flow flow(String name) {
        return real(PREFIX + "RulesEngine" + name + ".json");
    }

    private static List<Flow> all() {
        return Stream.of("Bootstrap", "DTMFMenu", "Disconnect", "Error", "Main", "NLUMenu", "Queue")
            .map(RulesEngineTest::flow).toList();
    }

    @Test void placeholdersNameTheFlowsTheyTransferTo() {
        assertTrue(flow("Main").names().contains("RulesEngineMain"), "files saved as owner__repo__Name.json");
        Imported imported = lower(all(), null);
        Tree tree = tree(imported);
        assertEquals(PREFIX + "RulesEngineBootstrap", tree.title(), "the one flow nobody transfers to, listed first");
        assertEquals(1, lines(imported, l -> l.detail().startsWith("transfers to flow '" + PREFIX + "RulesEngineMain'")).size());
        Node.Handoff next = assertInstanceOf(Node.Handoff.class, tree.nodes().get(tree.entry()));
        assertEquals("flow: a flow chosen at run time from $.External.CurrentRule_nextFlowArn", next.address(),
            "Main transfers to whatever flow the rules Lambda picks");
        assertEquals(List.of(), ReportWalk.walk(all(), all().get(0), imported.report()).unreported());
    }

    /** Read in the JSON: the transfers to the Error flow of the menus and queue flows sit behind error branches only. */
    @Test void eachFlowLinksByPlaceholderToTheFlowItsCallersReach() {
        Map<String, String> reaches = Map.of("DTMFMenu", "Main", "NLUMenu", "Main", "Queue", "Main", "Disconnect", "Error");
        reaches.forEach((entry, target) -> {
            Imported imported = lower(all(), PREFIX + "RulesEngine" + entry);
            Tree tree = tree(imported);
            assertFalse(lines(imported, l -> l.detail().startsWith("transfers to flow '" + PREFIX + "RulesEngine" + target + "'"))
                .isEmpty(), entry);
            assertTrue(tree.addresses().keySet().stream().noneMatch(a -> a.startsWith("flow: RulesEngine")),
                entry + ": every placeholder names a flow given: " + tree.addresses().keySet());
        });
        Tree disconnect = tree(lower(all(), PREFIX + "RulesEngineDisconnect"));
        assertTrue(nodes(disconnect, Node.Message.class).stream()
            .anyMatch(m -> "I am sorry, I have encountered an error. Good-bye.".equals(m.sayText())));
    }

    @Test void bootstrapAloneTransfersToMainByItsPlaceholderName() {
        Tree tree = tree(lower(flow("Bootstrap")));
        assertEquals("flow: RulesEngineMain", assertInstanceOf(Node.Handoff.class, tree.nodes().get(tree.entry())).address());
    }

    @Test void theErrorFlowApologisesAndHangsUp() {
        Tree tree = tree(lower(flow("Error")));
        Node.Message sorry = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()));
        assertEquals("I am sorry, I have encountered an error. Good-bye.", sorry.sayText());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(sorry.next()));
    }

    @Test void mainFollowsTheRulesLambdaAndItsErrorIsNotModelled() {
        Imported imported = lower(flow("Main"));
        assertInstanceOf(Node.Handoff.class, tree(imported).nodes().get(tree(imported).entry()));
        assertEquals(Fate.CUT, line(imported, "71c4f8b5-26c4-4f0d-9ff4-d1c0f2010f3f", "error (NoMatchingError)").fate());
    }

    /** Stored single keys read by a Lambda, never by a Compare: data entry, not a menu with keys. */
    @Test void theDtmfMenuStoresOneKeyForTheLambda() {
        Imported imported = lower(flow("DTMFMenu"));
        Tree tree = tree(imported);
        assertTrue(tree.menus().isEmpty());
        for (String input : List.of("8e986ba4-d04a-4983-860c-ba83d0001463", "56112e72-17ba-4925-8f21-1948aac3be14",
                "b2e9b70e-7e5a-44e5-ba9f-de5fcc80c30a")) {
            assertTrue(line(imported, input, "").detail().startsWith("callers enter one key, which later blocks read"), input);
        }
        Node.Branch entry = assertInstanceOf(Node.Branch.class, tree.nodes().get(tree.entry()));
        assertEquals(3, entry.branches().size(), "the offer is text, SSML or a recorded prompt");
    }

    /** Yes/no Lex bots: "Yes" is the only intent; anything else retries from the flow's start. */
    @Test void theNluMenuAsksYesOrNo() {
        Imported imported = lower(flow("NLUMenu"));
        Tree tree = tree(imported);
        assertEquals(2, tree.menus().size());
        for (Node.Menu menu : tree.menus()) {
            assertEquals(List.of("yes"), menu.options().stream().map(Option::phrase).toList());
            assertFalse(menu.options().get(0).hidden(), "the prompt is blank or built from attributes");
            assertEquals(tree.entry(), menu.invalidTarget(), "errorCount is incremented and the flow starts over");
        }
        for (String bot : List.of("46677a44-efb2-48c1-b0de-b82264dd971b", "484c220b-3ebb-4527-8f4c-d50502a15653")) {
            assertEquals("a menu with no choice a caller can make: its prompt is played as a message", line(imported, bot, "").detail());
        }
    }

    /** The queue flow: a callback offer of three keys, hours and staffing checks, one queue only run time names. */
    @Test void theQueueFlowOffersACallback() {
        Imported imported = lower(flow("Queue"));
        Tree tree = tree(imported);
        assertEquals(3, tree.menus().size(), "the offer is text, SSML or a recorded prompt");
        String fallback = tree.menus().get(0).invalidTarget();
        for (Node.Menu offer : tree.menus()) {
            assertEquals(List.of("1", "2", "3"), offer.options().stream().map(Option::key).toList());
            assertEquals(fallback, offer.invalidTarget());
            assertEquals(fallback, offer.timeoutTarget(), "InputTimeLimitExceeded goes where NoMatchingCondition does");
            assertEquals(fallback, offer.options().get(2).goTo(), "3 declines the callback: the same way on");
            assertEquals(5.0, offer.timeoutSeconds());
        }
        List<Node.Human> people = nodes(tree, Node.Human.class);
        assertEquals(1, people.size());
        assertNull(people.get(0).queue(), "both queues are set from $.External attributes");
        assertTrue(line(imported, "db52a2b2-365a-4a60-9f5d-8c703cd031b2", "").detail().startsWith("the queue is set at run time"));
        assertEquals(2, nodes(tree, Node.Branch.class).stream().filter(b -> b.id().startsWith("hours")).count());
        assertTrue(line(imported, "7050d03a-e1a2-4229-b3a1-06ebaee6b608", "").detail().contains("NumberOfAgentsOnline of the queue"));
        for (String number : List.of("fa973bb0-c60a-4675-af30-b4805c3071bb", "b6999486-5a53-4689-b885-4888316d5da2",
                "7e4d0cdb-9f2b-4337-b292-dcb99f28dcc4")) {
            assertTrue(line(imported, number, "").detail().startsWith("callers enter a phone number"), number);
            assertEquals(Fate.MAPPED, line(imported, number, "failure (InvalidPhoneNumber)").fate());
        }
    }

    /** The disconnect flow: chat callers who come back are queued again; voice callers are hung up on. */
    @Test void theDisconnectFlowRequeuesChats() {
        Imported imported = lower(flow("Disconnect"));
        Tree tree = tree(imported);
        assertEquals(Fate.GUESSED, line(imported, "f2277eda-f6eb-43c0-aac9-204e9c60074b", "").fate(), "splits on $.Channel");
        Node.Human person = nodes(tree, Node.Human.class).get(0);
        assertNull(person.queue());
        assertTrue(nodes(tree, Node.Message.class).stream().anyMatch(m -> person.id().equals(m.next())
            && "You are now being transferred to queue to chat with another agent.".equals(m.sayText())));
        assertEquals(Fate.MAPPED, line(imported, "cc927fd6-a3fd-437a-81d3-c38a5130468d", "case 'CustomerReturned'").fate());
    }
}
