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

import io.ivraudit.TestData;
import io.ivraudit.audit.Auditor;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Amazon Connect exports from public repositories (src/test/resources/flows/amazon-connect,
 * see SOURCES.md), each imported and checked against facts read by hand in its JSON.
 */
class RealConnectExportsTest {
    static Stream<Path> exports() throws IOException {
        return Files.list(TestData.CONNECT).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest @MethodSource("exports")
    void everyExportParsesLowersLoadsAndReportsEveryExitItReaches(Path export) {
        Flow flow = real(export.getFileName().toString());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok());
        ReportWalk.Walk walk = ReportWalk.walk(List.of(flow), flow, imported.report());
        assertEquals(List.of(), walk.unreported());
        assertEquals(flow.blocks().size(), imported.report().blocksRead());
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    private static Node.Menu onlyMenu(Tree tree) {
        assertEquals(1, tree.menus().size(), tree.nodes().keySet().toString());
        return tree.menus().get(0);
    }

    /** A key menu of three options that set an attribute each and reach the one working queue. */
    @Test void theAirlineCardsHandler() {
        Imported imported = lower(real("aws-samples__amazon-connect-step-by-step-guides-module-library__SBSGuides_Example_Cards_Handler.json"));
        Tree tree = tree(imported);
        Node.Menu menu = onlyMenu(tree);
        assertEquals(menu.id(), tree.entry());
        assertEquals("Welcome to Any Airline contact center", menu.sayText());
        assertEquals(List.of("1", "2", "3"), menu.options().stream().map(Option::key).toList());
        assertEquals("Press 1 if you are calling about missing luggage.", menu.options().get(0).say());
        assertTrue(menu.options().stream().noneMatch(Option::hidden));
        assertEquals(5.0, menu.timeoutSeconds());
        Node.Human person = assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(0).goTo()));
        assertNull(person.queue(), "the working queue is an attribute holding 'ENTER WORKING QUEUE ARN HERE'");
        assertTrue(menu.options().stream().allMatch(o -> o.goTo().equals(person.id())));
        assertEquals(person.id(), menu.invalidTarget(), "a wrong key is 'something else'");
        assertEquals(person.id(), menu.timeoutTarget());
        assertEquals(List.of("missing-luggage", "managing-reservation", "something-else"), List.copyOf(tree.intents().keySet()));
        assertEquals(Fate.CUT, line(imported, "61233594-a8da-477d-a011-32f38baa7d57", "error (NoMatchingError)").fate());
        assertEquals(Fate.CUT, line(imported, "b0dd877c-7fbb-4dcf-a12f-b8af02921c90",
            "error (QueueAtCapacity at the transfer '3c333159-9fcb-4766-89cf-928dec499c61')").fate());
        assertTrue(line(imported, "b0dd877c-7fbb-4dcf-a12f-b8af02921c90", "").detail().contains("the queue is set at run time"));
    }

    /**
     * A Lex bot: callers say what they want in their own words, so its intent is no hidden
     * option; Lex's FallbackIntent is the no-match way. The queue is named in the console's metadata.
     */
    @Test void theLexIntegrationHandler() {
        Imported imported = lower(real("aws-samples__amazon-connect-step-by-step-guides-module-library__SBS_Lex_Integration_Handler.json"));
        Tree tree = tree(imported);
        Node.Menu menu = onlyMenu(tree);
        assertEquals("Hi, welcome to the airline customer support, how can I help you?", menu.sayText());
        assertEquals(List.of("flight cancellation"), menu.options().stream().map(Option::phrase).toList());
        assertTrue(menu.options().stream().noneMatch(Option::hidden), "a bot understands callers' own words");
        Node.Human basic = assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(0).goTo()));
        assertEquals("BasicQueue", basic.queue());
        assertEquals(basic.id(), menu.invalidTarget(), "NoMatchingCondition sets attributes and queues the call");
        String lex = "83b2112b-82ec-44a4-87c6-c858d37b1507";
        assertEquals(Fate.MAPPED, line(imported, lex, "no match (FallbackIntent)").fate(), "Lex's FallbackIntent is the no-match way");
        assertEquals(Fate.CUT, line(imported, lex, "no match (NoMatchingCondition)").fate());
        assertEquals(Fate.CUT, line(imported, lex, "error (NoMatchingError)").fate());
        assertEquals(Fate.CUT, line(imported, lex, "error (NextAction)").fate(), "NextAction is the error branch's twin");
    }

    /** Salesforce sample: a case lookup, a one-key menu with a prompt built from data, and one queue. */
    @Test void theSalesforceRestExample() {
        Flow flow = real("amazon-connect__amazon-connect-salesforce-scv__AWS_Sample_SCV_REST_Example.json");
        assertEquals("AWS_Sample_SCV_REST_Example", flow.name());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        Node.Message welcome = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()));
        assertEquals("Thank you for calling. All calls may be monitored for quality assurance.", welcome.sayText());
        Node.Menu menu = onlyMenu(tree);
        assertEquals(List.of("1"), menu.options().stream().map(Option::key).toList());
        assertEquals("If you are calling about open case $.External.CaseNumber, regarding $.External.Subject, press 1.",
            menu.options().get(0).say());
        assertEquals("Otherwise, press 3.", menu.sayText(), "3 is no condition: it goes the no-match way");
        assertFalse(menu.options().get(0).hidden());
        Node.Message hold = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals("Please hold for the next available representative.", hold.sayText());
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        List<Node.Human> people = nodes(tree, Node.Human.class);
        assertEquals(List.of("BasicQueue"), people.stream().map(Node.Human::queue).toList());
        assertEquals(Fate.GUESSED, line(imported, "1c6803ab-60a8-4857-ba5c-cce6cded9c08", "").fate());
        assertTrue(line(imported, "1906df8a-1d18-490b-99c7-40d369c134f8", "").detail().contains("the loop count (LoopCount 2)"));
    }

    /** The survey sample: a welcome, then the queue the console names BasicQueue. */
    @Test void theSimpleSurvey() {
        Flow flow = real("aws-samples__amazon-connect-contact-surveys__2-Simple_Survey_Example.json");
        assertEquals("Simple Survey Example", flow.name());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        Node.Message welcome = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()));
        assertEquals("Welcome to the simple survey demonstration.", welcome.sayText());
        assertEquals("BasicQueue", assertInstanceOf(Node.Human.class, tree.nodes().get(welcome.next())).queue());
        assertEquals(2, tree.nodes().size());
        assertEquals(Fate.CUT, line(imported, "ba8ce768-b923-4625-8d81-0c1ecb86262e",
            "error (QueueAtCapacity at the transfer 'd7227083-dd83-434f-84c2-7da6530819f9')").fate());
    }

    /** A template a Lambda fills in: ten keys, each to a flow the console names, and an unreachable queue. */
    @Test void theExperienceBuilderJourney() {
        Imported imported = lower(real("aws-samples__amazon-connect-experience-builder__contact-flow-journey.content.json"));
        Tree tree = tree(imported);
        Node.Menu menu = onlyMenu(tree);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), menu.options().stream().map(Option::key).toList());
        assertTrue(menu.options().stream().noneMatch(Option::hidden), "the {{menu}} prompt is filled in at deployment");
        for (Option option : menu.options()) {
            Node.Handoff handoff = assertInstanceOf(Node.Handoff.class, tree.nodes().get(option.goTo()));
            assertEquals("flow: SEB - DTMF " + option.key(), handoff.address());
        }
        Node.Message retry = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals("Please select a valid option.", retry.sayText());
        assertEquals(menu.id(), retry.next());
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertEquals("plays a recording whose words are unknown: its length is not counted",
            line(imported, "c782111c-1b48-4c4c-8249-9ac2afd1acd4", "").detail());
        assertTrue(nodes(tree, Node.Human.class).isEmpty(), "the AdditionalBasicQueue transfer is never reached");
        assertTrue(imported.report().blocksReachable() < imported.report().blocksRead());
    }

    /** ACME's main flow: a Lex bot for sales or finance; both go on to the queue-transfer flow. */
    @Test void theAcmeMainFlow() {
        Flow flow = real("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_main_AUTO.json");
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        Node.Message welcome = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()));
        assertEquals("Welcome to ACME corporation", welcome.sayText());
        Node.Menu menu = onlyMenu(tree);
        assertEquals(menu.id(), welcome.next());
        assertEquals(List.of("sales", "finance"), menu.options().stream().map(Option::phrase).toList());
        for (Option option : menu.options()) {
            assertEquals("flow: acme_queue_transfer_AUTO",
                assertInstanceOf(Node.Handoff.class, tree.nodes().get(option.goTo())).address(),
                "$.FlowAttributes.acme_queue_transfer_AUTO is set once, to that flow's ARN");
        }
        Node.Message trouble = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals("We are experiencing technical difficulties. Please retry your call.", trouble.sayText());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(trouble.next()));
        assertEquals(Fate.FOLLOWED, line(imported, "42afdd96-1eff-4841-83b0-eb782d2d0fb9", "next (NextAction)").fate(),
            "setting the sales queue is passed: the transfer to it is in another flow");
    }

    /** ACME's queue-transfer flow: whispers set, then the queue set before this flow. */
    @Test void theAcmeQueueTransferFlow() {
        Imported imported = lower(real("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_queue_transfer_AUTO.json"));
        Tree tree = tree(imported);
        assertEquals(1, tree.nodes().size());
        assertNull(assertInstanceOf(Node.Human.class, tree.nodes().get(tree.entry())).queue());
        String transfer = "842346a5-745e-473e-888c-57e5e32e42d6";
        assertTrue(line(imported, transfer, "").detail().startsWith("the queue is set at run time or not at all"));
        assertEquals(Fate.CUT, line(imported, transfer, "error (QueueAtCapacity)").fate());
        assertEquals(Fate.FOLLOWED, line(imported, "Set Customer Whisper", "next (NextAction)").fate());
    }

    /** Both ACME flows together: the Lex menu's options reach the queue-transfer flow's person. */
    @Test void theAcmeFlowsTogether() {
        Flow main = real("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_main_AUTO.json");
        Flow transfer = real("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_queue_transfer_AUTO.json");
        Imported imported = lower(List.of(transfer, main), null);
        Tree tree = tree(imported);
        assertEquals("acme_main_AUTO", tree.title(), "the entry is the flow no other flow transfers to");
        Node.Menu menu = onlyMenu(tree);
        for (Option option : menu.options()) {
            assertInstanceOf(Node.Human.class, tree.nodes().get(option.goTo()));
        }
        assertEquals(1, nodes(tree, Node.Human.class).size(), "sales and finance are set here, queued there: one person");
        assertTrue(lines(imported, l -> l.detail().startsWith("transfers to flow 'acme_queue_transfer_AUTO'")).size() == 1);
        assertEquals(List.of(), ReportWalk.walk(List.of(transfer, main), main, imported.report()).unreported());
    }
}
