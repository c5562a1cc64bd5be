package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.FILES;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.line;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.lower;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.node;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.nodes;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.real;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ten real legacy exports (src/test/resources/flows/amazon-connect-legacy, see SOURCES.md),
 * each imported on its own and checked against its JSON, read by hand: the menus with their keys
 * and prompts, the people (queues), and where a wrong key and silence lead. Ids are the modules'
 * ids in the files.
 */
class RealLegacyExportsTest {
    private static final String SNIPPETS = "amazon-connect__amazon-connect-snippets__";

    @TempDir Path dir;

    static Stream<Path> exports() throws IOException {
        return Files.list(FILES).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest @MethodSource("exports")
    void everyExportParsesLowersLoadsAuditsAndReportsEveryExitItReaches(Path export) {
        Flow flow = real(export.getFileName().toString());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok());
        assertEquals(List.of(), ReportWalk.walk(List.of(flow), flow, imported.report()).unreported());
        assertEquals(flow.blocks().size(), imported.report().blocksRead());
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    /** The command line takes each file as it is: import writes a tree that validates, audit and check run on the file. */
    @ParameterizedTest @MethodSource("exports")
    void everyExportImportsValidatesAndAuditsFromTheCommandLine(Path export) {
        Path out = dir.resolve("tree.yaml");
        CliRunner.Run imported = CliRunner.run("import", "--out", out.toString(), export.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(0, CliRunner.run("validate", out.toString()).exit());
        CliRunner.Run audit = CliRunner.run("audit", export.toString());
        assertTrue(audit.exit() < 2, audit.err());
        CliRunner.Run forced = CliRunner.run("import", "--from", "amazon-connect-legacy", "--out", out.toString(), export.toString());
        assertEquals(0, forced.exit(), forced.err());
    }

    private static Node.Menu menu(Tree tree, String id) {
        return node(tree, id, Node.Menu.class);
    }

    private static List<String> keys(Node.Menu menu) {
        return menu.options().stream().map(Option::key).toList();
    }

    private static Option option(Node.Menu menu, String key) {
        return menu.options().stream().filter(o -> key.equals(o.key())).findFirst().orElseThrow();
    }

    private static String say(Tree tree, String id) {
        return node(tree, id, Node.Message.class).sayText();
    }

    /**
     * CableTVContactFlow: logging, recording and voice set, a welcome, then a Lex bot (CableTvSupport)
     * whose intents CheckSchedule and SignalLost each say a line and queue the call (queues
     * CheckSchedule, TvSignalProblem), VisitSchedule hangs up; NoMatch and Error apologise and hang up.
     */
    @Test void theCableTvLexBot() {
        Imported imported = lower(real("bemer__amazon-connect-workshop__CableTVContactFlow.json"));
        Tree tree = tree(imported);
        assertEquals("Cable TV Contact Flow", tree.title());
        assertEquals("Hello! Welcome to the Cable TV support\u02dc", say(tree, tree.entry()));
        Node.Menu bot = menu(tree, node(tree, tree.entry(), Node.Message.class).next());
        assertEquals("How can I help you?", bot.sayText());
        assertEquals(List.of("check schedule", "signal lost", "visit schedule"), bot.options().stream().map(Option::phrase).toList());
        assertTrue(bot.options().stream().noneMatch(Option::hidden), "a bot understands callers' own words");
        assertEquals("We're putting you in a queue to check for the technical visit.", say(tree, bot.options().get(0).goTo()));
        assertEquals("CheckSchedule", node(tree, node(tree, bot.options().get(0).goTo(), Node.Message.class).next(), Node.Human.class).queue());
        assertEquals("TvSignalProblem", node(tree, node(tree, bot.options().get(1).goTo(), Node.Message.class).next(), Node.Human.class).queue());
        node(tree, bot.options().get(2).goTo(), Node.Hangup.class);
        assertEquals("There was a problem with your request.", say(tree, bot.invalidTarget()));
        assertEquals(bot.invalidTarget(), bot.timeoutTarget(), "the bot has no Timeout branch: silence is an unrecognised answer");
        assertEquals(2, nodes(tree, Node.Human.class).size());
        assertEquals(Fate.CUT, line(imported, "52412899-83ce-454e-a993-4eb8b8bf68e7", "error").fate());
        assertEquals(Fate.CUT, line(imported, "be5a2eff-0997-46fc-b2b5-44910ee5e18e",
            "error (AtCapacity at the transfer '770ad1d9-1500-46c1-905d-bc19549e5479')").fate());
    }

    /**
     * 001 Main: a check of return_to_main and a Lambda decide whether the caller hears the "continue
     * where you left off" menu (1: the task a CheckAttribute reads, 9: the main menu) or the welcome
     * and the main menu: 1 make a payment and 2 change PIN transfer to flows named by unfilled
     * attributes ("CHANGE TO MAKE PAYMENT FLOW"), 0 holds for BasicQueue, 9, a wrong key and
     * silence go to a Loop of 3 back to the menu that ends at BasicQueue. Error branches lead there too.
     */
    @Test void theContextTrackingMainFlow() {
        Imported imported = lower(real(SNIPPETS + "001_Context_Tracking_-_Main.json"));
        Tree tree = tree(imported);
        Node.Branch returned = node(tree, tree.entry(), Node.Branch.class);
        Node.Menu main = menu(tree, returned.branches().get(0).goTo());
        assertEquals(List.of("1", "2", "0", "9"), keys(main));
        assertEquals(List.of("Press 1 to make a payment.", "Press 2 to change your pin.",
            "Press 0 to speak with a customer service representative.", "press 9 to repeat these options"),
            main.options().stream().map(Option::say).toList());
        assertTrue(main.options().stream().noneMatch(Option::hidden));
        assertEquals(5.0, main.timeoutSeconds());
        assertEquals("flow: a flow chosen at run time from $.Attributes.CHANGE TO MAKE PAYMENT FLOW",
            node(tree, option(main, "1").goTo(), Node.Handoff.class).address());
        assertEquals("flow: a flow chosen at run time from $.Attributes.CHANGE TO CHANGE PIN FLOW",
            node(tree, option(main, "2").goTo(), Node.Handoff.class).address());
        assertEquals("Please hold while we connect you to the next available representative.", say(tree, option(main, "0").goTo()));
        Node.Human basic = node(tree, node(tree, option(main, "0").goTo(), Node.Message.class).next(), Node.Human.class);
        assertEquals("BasicQueue", basic.queue());
        Node.Branch loop = node(tree, option(main, "9").goTo(), Node.Branch.class);
        assertEquals(List.of(main.id(), option(main, "0").goTo()), loop.branches().stream().map(b -> b.goTo()).toList(),
            "Looping goes back to the menu, Complete to the hold message");
        assertEquals(loop.id(), main.invalidTarget());
        assertEquals(loop.id(), main.timeoutTarget());
        assertEquals(List.of(basic), nodes(tree, Node.Human.class));
        Node.Branch tracked = node(tree, returned.branches().get(1).goTo(), Node.Branch.class);
        Node.Menu resume = menu(tree, tracked.branches().get(0).goTo());
        assertEquals(List.of("1", "9"), keys(resume));
        assertEquals(main.id(), option(resume, "9").goTo());
        assertEquals(main.id(), resume.invalidTarget());
        assertEquals(main.id(), resume.timeoutTarget());
        assertEquals("Thank you for contacting Example Corporation. All calls may be monitored for quality assurance.",
            say(tree, tracked.branches().get(1).goTo()));
        String payment = "cd9522b6-ffb2-4611-b666-a289398a13d4";
        assertEquals(Fate.GUESSED, line(imported, payment, "").fate());
        assertTrue(line(imported, payment, "error").detail().contains("CHANGE TO MAKE PAYMENT FLOW"), "the junk target is named");
        assertTrue(line(imported, "0d4f5c50-3664-4709-ac57-5456b34d0612", "").detail().contains("LoopCount 3"));
        assertEquals(Fate.CUT, line(imported, "47f73541-5613-40d7-863a-d709bf9b46cd", "error").fate());
    }

    /**
     * 001 Change PIN: a welcome, the new PIN entered twice (stored input), a CheckAttribute of the
     * second entry against the first: equal, "Your pin has been changed." and back to Main by
     * ARN and resourceName; else a Loop whose both ways set the queue (BasicQueue) and transfer.
     */
    @Test void theContextTrackingChangePinFlow() {
        Flow flow = real(SNIPPETS + "001_Context_Tracking_-_Change_PIN.json");
        assertTrue(flow.names().containsAll(List.of("001 Context Tracking - Change PIN", "001_Context_Tracking_-_Change_PIN")));
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertTrue(tree.menus().isEmpty());
        assertEquals("Sample pin update flow.", say(tree, tree.entry()));
        String first = node(tree, tree.entry(), Node.Message.class).next();
        assertEquals("please enter your new 4 digit pin.", say(tree, first));
        assertTrue(line(imported, "5ebbacff-b95d-4ffa-bde7-3e5d754cf607", "").detail().startsWith("callers enter a PIN"));
        assertTrue(line(imported, "3d7c9637-3e42-44c6-9b59-50f5851af482", "").detail().startsWith("callers enter a PIN"));
        String second = node(tree, node(tree, first, Node.Message.class).next(), Node.Branch.class).branches().get(0).goTo();
        assertEquals("please re-enter your new pin.", say(tree, second));
        Node.Branch result = node(tree, node(tree, second, Node.Message.class).next(), Node.Branch.class);
        assertEquals(1, result.branches().size(), "Success and Error both lead to the CheckAttribute");
        Node.Branch same = node(tree, result.branches().get(0).goTo(), Node.Branch.class);
        assertEquals("Your pin has been changed.", say(tree, same.branches().get(0).goTo()));
        assertEquals("flow: 001 Context Tracking - Main",
            node(tree, node(tree, same.branches().get(0).goTo(), Node.Message.class).next(), Node.Handoff.class).address());
        Node.Branch loop = node(tree, same.branches().get(1).goTo(), Node.Branch.class);
        assertEquals("BasicQueue", node(tree, loop.branches().get(0).goTo(), Node.Human.class).queue());
        assertTrue(line(imported, "e046d232-4346-40f3-ba8a-1cfe889d94a5", "next (Success, to the transfer "
            + "'ed9cab9f-ffc8-45b0-8f02-e9d0bd7d2f2c' after playing 'We are connecting you with a representative. One moment please.' "
            + "(not said before the person in the tree))").detail().startsWith("the call waits in the queue"));
    }

    /**
     * 001 Make Payment: a CheckAttribute of active_task_tracker resumes the last completed step or
     * plays the balance; the payment menu (1 credit card, 2 bank transfer; a wrong key and silence
     * to a Loop of 3 ending at BasicQueue); card number, expiry date, amount, or account and
     * routing numbers (stored input, data entry); a confirmation menu (1 pays, 3 and everything
     * else back to Main); after paying, 1 returns to Main, anything else says goodbye and hangs up.
     */
    @Test void theContextTrackingMakePaymentFlow() {
        Imported imported = lower(real(SNIPPETS + "001_Context_Tracking_-_Make_Payment.json"));
        Tree tree = tree(imported);
        assertEquals(3, tree.menus().size());
        Node.Menu pay = tree.menus().stream().filter(m -> keys(m).equals(List.of("1", "2")) && m.sayText() == null).findFirst().orElseThrow();
        assertEquals("If you'd like to make a payment by credit card, press 1.", option(pay, "1").say());
        assertEquals("Please enter your card number", say(tree, option(pay, "1").goTo()));
        assertEquals("Please enter your account number, followed by the pound sign.", say(tree, option(pay, "2").goTo()));
        Node.Branch loop = node(tree, pay.invalidTarget(), Node.Branch.class);
        assertEquals(loop.id(), pay.timeoutTarget());
        assertEquals(pay.id(), loop.branches().get(0).goTo());
        assertEquals("Transferring to a representative.", say(tree, loop.branches().get(1).goTo()));
        assertEquals(List.of("BasicQueue"), nodes(tree, Node.Human.class).stream().map(Node.Human::queue).toList());
        Node.Menu confirm = tree.menus().stream().filter(m -> keys(m).equals(List.of("1", "3"))).findFirst().orElseThrow();
        Node.Handoff main = node(tree, option(confirm, "3").goTo(), Node.Handoff.class);
        assertEquals("flow: 001 Context Tracking - Main", main.address());
        assertEquals(main.id(), confirm.invalidTarget());
        assertEquals(main.id(), confirm.timeoutTarget());
        Node.Menu done = menu(tree, option(confirm, "1").goTo());
        assertEquals("Thank you. Your payment has been sent for processing.", done.sayText());
        assertEquals(main.id(), option(done, "1").goTo());
        assertEquals("Goodbye.", say(tree, done.invalidTarget()));
        assertEquals(done.invalidTarget(), done.timeoutTarget());
        for (String[] entry : new String[][] {{"8da5e0b8", "a card number"}, {"7c1ff3fb", "a date"},
                {"4c99ea90", "up to 20 digits"}, {"ced09385", "an account number"}, {"191b76a7", "up to 9 digits"}}) {
            String id = LegacyFixture.block(real(SNIPPETS + "001_Context_Tracking_-_Make_Payment.json"), entry[0]).id();
            assertTrue(line(imported, id, "").detail().startsWith("callers enter " + entry[1]), id);
        }
    }

    /** 001 Queue, a customer queue flow: attributes reset, then the hold message and music looped until an agent answers. */
    @Test void theContextTrackingQueueFlow() {
        Flow flow = real(SNIPPETS + "001_Context_Tracking_-_Queue.json");
        assertEquals("001 Context Tracking - Queue", flow.name());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertEquals("Please hold for the next available representative", say(tree, tree.entry()));
        assertTrue(line(imported, "7c9a778c-e4c1-4696-a3b8-069405ff4bd5", "").detail().startsWith("no way on"),
            "Loop prompts has only an Error branch: the model ends the call where Connect keeps the caller waiting in queue");
        assertEquals(Fate.CUT, line(imported, "7c9a778c-e4c1-4696-a3b8-069405ff4bd5", "error").fate());
    }

    /**
     * 100_InitFlow: voice, logging, recording, three Lambdas and their attributes, then a transfer
     * to 100_LangFlow; errors play prompts a Lambda returned and hang up.
     */
    @Test void theDynamicInitFlow() {
        Imported imported = lower(real(SNIPPETS + "100_InitFlow.json"));
        Tree tree = tree(imported);
        assertEquals("flow: 100_LangFlow", node(tree, tree.entry(), Node.Handoff.class).address());
        assertEquals(Fate.CUT, line(imported, "2e0b905a-c12b-4ebc-8e15-331b9bc0e0a9", "error").fate());
        assertEquals(Fate.FOLLOWED, line(imported, "8e2144ed-49f8-4b80-965d-662f3a1201a2", "next (Success)").fate());
    }

    /** 100_LangFlow: the language attribute picks a voice (English, Spanish, French, else English), then the intro prompt and 100_MainFlow. */
    @Test void theDynamicLangFlow() {
        Imported imported = lower(real(SNIPPETS + "100_LangFlow.json"));
        Tree tree = tree(imported);
        Node.Branch language = node(tree, tree.entry(), Node.Branch.class);
        assertEquals(1, language.branches().size(), "every voice leads to the intro prompt");
        Node.Message intro = node(tree, language.branches().get(0).goTo(), Node.Message.class);
        assertNull(intro.sayText(), "introPrompt is an External attribute a Lambda set");
        assertEquals("flow: 100_MainFlow", node(tree, intro.next(), Node.Handoff.class).address());
        assertEquals(Fate.FOLLOWED, line(imported, "c205dbba-86d8-4b86-8acf-feaa6fd18724", "").fate());
    }

    /**
     * 100_MainFlow: the queue from an attribute, a staffing check (Staffed), an hours check, the
     * SSML wait prompt and the queue; closed or unstaffed: closedPrompt, exitPrompt, hang up.
     */
    @Test void theDynamicMainFlow() {
        Flow flow = real(SNIPPETS + "100_MainFlow.json");
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        Node.Branch staffed = node(tree, tree.entry(), Node.Branch.class);
        assertTrue(line(imported, LegacyFixture.block(flow, "7484cc40").id(), "").detail().contains("NumberOfAgentsStaffed of the queue"));
        Node.Branch hours = node(tree, staffed.branches().get(0).goTo(), Node.Branch.class);
        assertEquals(0.7, hours.branches().get(0).share(), 1e-9);
        Node.Message wait = node(tree, hours.branches().get(0).goTo(), Node.Message.class);
        assertEquals("$.External.recordingPrompt $.External.waitPrompt waitPrompt", wait.sayText(), "the SSML's tags taken out");
        Node.Human person = node(tree, wait.next(), Node.Human.class);
        assertNull(person.queue(), "the queue is $.External.queue");
        assertEquals(hours.branches().get(1).goTo(), staffed.branches().get(1).goTo(), "closedPrompt, when closed or unstaffed");
        Node.Message closed = node(tree, staffed.branches().get(1).goTo(), Node.Message.class);
        node(tree, node(tree, closed.next(), Node.Message.class).next(), Node.Hangup.class);
    }

    /**
     * VM-Greeting-DID: Lambdas look up the extension and the agent for the dialled number; an agent
     * named "default" (and every Lambda error) hears the greeting and goes to BasicQueue; any other
     * agent's queue is set (Agent) with VM-Agent as the queue flow, and every way of the staffing
     * check reaches the transfer.
     */
    @Test void theVoicemailGreeting() {
        Imported imported = lower(real("amazon-connect__voicemail-for-amazon-connect__VM-Greeting-DID.json"));
        Tree tree = tree(imported);
        Node.Branch agentName = node(tree, tree.entry(), Node.Branch.class);
        Node.Message greeting = node(tree, agentName.branches().get(0).goTo(), Node.Message.class);
        assertTrue(greeting.sayText().startsWith("Hello, thank you for calling."));
        assertEquals("BasicQueue", node(tree, greeting.next(), Node.Human.class).queue(), "named by its resourceName; its ARN is empty");
        Node.Branch staffing = node(tree, agentName.branches().get(1).goTo(), Node.Branch.class);
        assertEquals("agent", node(tree, staffing.branches().get(0).goTo(), Node.Human.class).queue());
        assertEquals(2, nodes(tree, Node.Human.class).size());
        assertEquals(Fate.FOLLOWED, line(imported, "4a9e6603-dde2-4395-8d4e-4be57d7f7312", "next (Success)").fate(),
            "Set customer queue flow is passed through");
    }

    /**
     * AWSSCV-DDR-Flow: the main menu (1 desktop support, 2 server support, 0 unannounced: a
     * person), desktop support's menu (1 hardware, 2 software) and software's (1 windows, 2 mac)
     * call a routing Lambda and split on its status, as a wrong key and silence do there (at the
     * main menu they hear "Hmm..." and go to a person). Agents are tried in loops of Lambdas and staffing checks,
     * cut at a loop-end; people are the agent found (Agent) and the queue an attribute names.
     */
    @Test void theSalesforceDataDirectedRouting() {
        Imported imported = lower(real("amazon-connect__amazon-connect-salesforce-scv__AWSSCV-DDR-Flow.json"));
        Tree tree = tree(imported);
        Node.Menu main = menu(tree, tree.entry());
        assertEquals("Hi there. Thank you for calling Example Support.", main.sayText());
        assertEquals(List.of("1", "2", "0"), keys(main));
        assertTrue(option(main, "0").hidden(), "0 is never announced");
        assertEquals("Sure thing. One minute while i find someone.", say(tree, option(main, "0").goTo()));
        assertEquals("Hmm. Not quite sure where to go here. Give me a second to see if I can get some help.", say(tree, main.invalidTarget()));
        assertEquals(main.invalidTarget(), main.timeoutTarget());
        Node.Menu desktop = menu(tree, option(main, "1").goTo());
        assertEquals(List.of("1", "2"), keys(desktop).stream().sorted().toList());
        Node.Menu software = menu(tree, option(desktop, "2").goTo());
        assertEquals(List.of("1", "2"), keys(software).stream().sorted().toList());
        String routed = option(main, "2").goTo();
        for (String to : List.of(option(desktop, "1").goTo(), desktop.invalidTarget(), desktop.timeoutTarget(),
                option(software, "1").goTo(), option(software, "2").goTo(), software.invalidTarget())) {
            assertEquals(routed, to, "each calls the routing Lambda and splits on its status");
        }
        assertEquals(List.of("agent", "(none)"), nodes(tree, Node.Human.class).stream()
            .map(h -> h.queue() == null ? "(none)" : h.queue()).toList());
        assertEquals(2, lines(imported, "loops back without a menu").size(), "the agent search loops without a caller step");
    }

    private static List<?> lines(Imported imported, String words) {
        return LegacyFixture.lines(imported, l -> l.detail().contains(words));
    }
}
