package io.ivraudit.imports.connect.legacy;

import static io.ivraudit.imports.connect.legacy.Legacy.branch;
import static io.ivraudit.imports.connect.legacy.Legacy.disconnect;
import static io.ivraudit.imports.connect.legacy.Legacy.evaluate;
import static io.ivraudit.imports.connect.legacy.Legacy.keyed;
import static io.ivraudit.imports.connect.legacy.Legacy.list;
import static io.ivraudit.imports.connect.legacy.Legacy.module;
import static io.ivraudit.imports.connect.legacy.Legacy.parameter;
import static io.ivraudit.imports.connect.legacy.Legacy.play;
import static io.ivraudit.imports.connect.legacy.Legacy.resource;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.flow;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.line;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.lower;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.node;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each module type of the legacy format on a small document, as the flow language action it is
 * translated into (FORMATS.md 2e) and the block the Connect importer makes of that: one test per
 * row of the mapping. Blocks keep the module's type and exits the branch's name.
 */
class LegacyModulesTest {
    private static final String ARN = "arn:aws:connect:us-west-2:1:instance/i/";

    private static Flow one(String module, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = module;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return flow(Legacy.flow("m", all));
    }

    private static List<Exit.Kind> kinds(Block block) {
        return block.exits().stream().map(Exit::kind).toList();
    }

    private static Exit exit(Block block, Exit.Kind kind) {
        return block.exit(kind).orElseThrow(() -> new AssertionError(kind + " in " + block.exits()));
    }

    /** GetUserInput: Text, Timeout; Evaluate branches are keys, Timeout, NoMatch and Error the three input errors. */
    @Test void getUserInputIsAKeyMenu() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "Welcome. Press 1 for sales. Press 2 for billing."),
                parameter("TextToSpeechType", "text"), parameter("Timeout", "8"), parameter("MaxDigits", "1")),
            list(evaluate("Equals", "1", "a"), evaluate("Equals", "2", "b"), branch("Timeout", "t"), branch("NoMatch", "n"),
                branch("Error", "e")), "Digits", "{}"),
            disconnect("a"), disconnect("b"), play("t", "Still there?", "a"), play("n", "Sorry.", "a"), disconnect("e"));
        Block menu = flow.blocks().get("m");
        assertEquals("GetUserInput", menu.type());
        assertEquals(new Step.Ask("Welcome. Press 1 for sales. Press 2 for billing.", false, false, 8.0), menu.step());
        assertEquals(List.of("1", "2"), menu.exits(Exit.Kind.KEY).stream().map(Exit::value).toList());
        assertEquals("n", exit(menu, Exit.Kind.NO_MATCH).target());
        assertEquals("NoMatch", exit(menu, Exit.Kind.NO_MATCH).value());
        assertEquals("t", exit(menu, Exit.Kind.TIMEOUT).target());
        assertEquals("e", exit(menu, Exit.Kind.ERROR).target());
        Imported imported = lower(flow);
        Node.Menu lowered = node(tree(imported), tree(imported).entry(), Node.Menu.class);
        assertEquals(List.of("Press 1 for sales.", "Press 2 for billing."), lowered.options().stream().map(Option::say).toList());
        assertEquals("n", lowered.invalidTarget());
        assertEquals("t", lowered.timeoutTarget());
        assertEquals(Fate.CUT, line(imported, "m", "error").fate(), "a system error is no caller's answer");
    }

    /** An SSML prompt (TextToSpeechType ssml) is read without its tags; a prompt in a namespace is an attribute. */
    @Test void promptsAreTextSsmlRecordingsOrAttributes() {
        Flow flow = Legacy.flow("s", module("s", "PlayPrompt", list(parameter("Text", "<speak>Hello <break/>there.</speak>"),
                parameter("TextToSpeechType", "ssml")), list(branch("Success", "r"))),
            module("r", "PlayPrompt", list(Legacy.resource("AudioPrompt", ARN + "prompt/p", "Jazz.wav")), list(branch("Success", "x"))),
            module("x", "PlayAudio", list(parameter("Text", "greeting", "External"), parameter("TextToSpeechType", "text")),
                list(branch("Success", "l"))),
            module("l", "LoopPrompts", list(keyed("Text", "text", "Please hold.", null), resource("AudioPrompt", ARN + "prompt/q", "Music.wav")),
                list(branch("Error", "z"))),
            disconnect("z")).transform(LegacyFixture::flow);
        assertEquals(new Step.Play("Hello\nthere.", false), flow.blocks().get("s").step());
        assertEquals(new Step.Play(null, true), flow.blocks().get("r").step(), "a recording's words are not in the export");
        assertEquals(new Step.Play(null, true), flow.blocks().get("x").step(), "$.External.greeting, built at run time");
        assertEquals("PlayAudio", flow.blocks().get("x").type());
        assertEquals(new Step.Play("Please hold.", true), flow.blocks().get("l").step(), "loop prompts: the text and the music");
        assertEquals(List.of(Exit.Kind.ERROR), kinds(flow.blocks().get("l")));
    }

    /** GetUserInput with a BotName is a Lex bot: its Evaluate branches are intents, said in callers' own words. */
    @Test void getUserInputWithABotIsASpeechMenu() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "How can I help you?"), parameter("BotName", "Support"),
                parameter("BotAlias", "$LATEST"), parameter("BotRegion", "us-west-2")),
            list(evaluate("Equals", "CheckBalance", "a"), evaluate("Equals", "PayBill", "b"), branch("NoMatch", "n"), branch("Error", "n")),
            "Lex", "{}"), disconnect("a"), disconnect("b"), disconnect("n"));
        Block bot = flow.blocks().get("m");
        assertEquals(new Step.Ask("How can I help you?", false, true, null), bot.step());
        assertEquals(List.of("CheckBalance", "PayBill"), bot.exits(Exit.Kind.PHRASE).stream().map(Exit::value).toList());
        Node.Menu menu = node(tree(lower(flow)), "m", Node.Menu.class);
        assertEquals(List.of("check balance", "pay bill"), menu.options().stream().map(Option::phrase).toList());
        assertEquals("n", menu.invalidTarget());
    }

    /** StoreUserInput read by a CheckAttribute of "Stored customer input" against single keys is a key menu. */
    @Test void storedInputComparedAgainstKeysIsAKeyMenu() {
        Flow flow = one(module("m", "StoreUserInput", list(parameter("Text", "Press 1 for yes or 2 for no."),
                parameter("CustomerInputType", "Custom"), parameter("Timeout", "5"), parameter("MaxDigits", "1")),
            list(branch("Success", "copy"), branch("Error", "z"))),
            module("copy", "SetAttributes", list(keyed("Attribute", "answer", "Stored customer input", "System")),
                list(branch("Success", "c"), branch("Error", "c"))),
            module("c", "CheckAttribute", list(parameter("Attribute", "answer"), parameter("Namespace", "User Defined")),
                list(evaluate("Equals", "1", "a"), evaluate("Equals", "2", "b"), branch("NoMatch", "n"))),
            disconnect("a"), disconnect("b"), disconnect("n"), disconnect("z"));
        Block stored = flow.blocks().get("m");
        assertEquals("StoreUserInput", stored.type());
        assertEquals(List.of("1", "2"), stored.exits(Exit.Kind.KEY).stream().map(Exit::value).toList());
        assertEquals("n", exit(stored, Exit.Kind.NO_MATCH).target());
        assertEquals("NoMatch of CheckAttribute 'c'", exit(stored, Exit.Kind.NO_MATCH).value());
        Node.Menu menu = node(tree(lower(flow)), "m", Node.Menu.class);
        assertEquals(List.of("1", "2"), menu.options().stream().map(Option::key).toList());
        assertEquals(5.0, menu.timeoutSeconds());
    }

    /** StoreUserInput of many digits, or of a phone number (its InvalidNumber a failure), is data entry. */
    @Test void storedDigitsAreDataEntry() {
        Flow flow = one(module("m", "StoreUserInput", list(parameter("Text", "Please enter your account number."),
                parameter("CustomerInputType", "Custom"), parameter("MaxDigits", "8"), parameter("TerminatorDigits", "#")),
            list(branch("Success", "p"), branch("Error", "z"))),
            module("p", "StoreUserInput", list(parameter("Text", "Your callback number?"), parameter("CustomerInputType", "PhoneNumber"),
                parameter("PhoneNumberFormat", "Local"), parameter("CountryCode", "US")),
                list(branch("Success", "z"), branch("InvalidNumber", "p"), branch("Error", "z"))),
            disconnect("z"));
        assertEquals(new Step.Collect("Please enter your account number.", "an account number"), flow.blocks().get("m").step());
        assertEquals(new Step.Collect("Your callback number?", "a phone number"), flow.blocks().get("p").step());
        Exit invalid = exit(flow.blocks().get("p"), Exit.Kind.FAILURE);
        assertEquals("InvalidNumber", invalid.value());
        assertEquals("p", invalid.target());
        assertEquals(Exit.Kind.SUCCESS, flow.blocks().get("m").exits().get(flow.blocks().get("m").exits().size() - 1).kind());
    }

    /** CheckAttribute is a Compare on its Namespace's attribute: a split on data with a case per Evaluate. */
    @Test void checkAttributeIsASplitOnData() {
        Flow flow = one(module("m", "CheckAttribute", list(parameter("Attribute", "tier"), parameter("Namespace", "External")),
                list(evaluate("Equals", "gold", "a"), evaluate("GreaterThan", "5", "b"), evaluate("LessThanOrEqualTo", "0", "b"),
                    branch("NoMatch", "c"))),
            module("s", "CheckAttribute", list(parameter("Attribute", "Channel"), parameter("Namespace", "System")),
                list(evaluate("Equals", "CHAT", "a"), branch("NoMatch", "c"))),
            disconnect("a"), disconnect("b"), disconnect("c"));
        Block tier = flow.blocks().get("m");
        assertEquals(new Step.Split("$.External.tier", null), tier.step());
        assertEquals(List.of("gold", "> 5", "<= 0"), tier.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        assertEquals("c", exit(tier, Exit.Kind.NO_MATCH).target());
        assertEquals(new Step.Split("$.Channel", null), flow.blocks().get("s").step());
        Imported imported = lower(flow);
        assertEquals(Fate.GUESSED, line(imported, "m", "").fate());
        assertEquals(3, node(tree(imported), tree(imported).entry(), Node.Branch.class).branches().size(), "a, b (two cases) and c");
    }

    /** SetQueue then a Transfer without ContactFlowId: the person of the queue its resourceName names. */
    @Test void setQueueAndTransferIsAPersonPerQueue() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "Press 1 for sales, 2 for support, 3 for your agent.")),
                list(evaluate("Equals", "1", "q1"), evaluate("Equals", "2", "q2"), evaluate("Equals", "3", "q3"),
                    branch("NoMatch", "q1"), branch("Timeout", "q1"), branch("Error", "q1"))),
            module("q1", "SetQueue", list(resource("Queue", ARN + "queue/0f0e", "Sales")), list(branch("Success", "hold"),
                branch("Error", "bye")), null, "{\"queue\": {\"id\": \"x\", \"text\": \"Sales\"}}"),
            play("hold", "Please hold.", "t"),
            module("q2", "SetQueue", list(parameter("Queue", "support_queue", "External")), list(branch("Success", "t"), branch("Error", "bye"))),
            module("q3", "SetQueue", list(parameter("Agent", "agent_id", "User Defined")), list(branch("Success", "t"), branch("Error", "bye"))),
            module("t", "Transfer", list(), list(branch("AtCapacity", "bye"), branch("Error", "bye")), "Queue", "{\"queue\": null}"),
            disconnect("bye"));
        assertEquals(new Step.Person("Sales"), flow.blocks().get("q1").step());
        assertEquals(new Step.Person(null), flow.blocks().get("q2").step(), "$.External.support_queue: set at run time");
        assertEquals(new Step.Person("agent"), flow.blocks().get("q3").step());
        assertEquals(new Step.Person(null), flow.blocks().get("t").step(), "three queues reach the one transfer");
        assertTrue(flow.blocks().get("q1").exits().stream().anyMatch(e -> e.value().equals("AtCapacity at the transfer 't'")));
        Tree tree = tree(lower(flow));
        assertEquals(3, LegacyFixture.nodes(tree, Node.Human.class).size());
        assertEquals("Sales", node(tree, "queue-sales", Node.Human.class).queue());
    }

    /**
     * Transfer with a ContactFlowId is a transfer to a flow, named by its resourceName, else by the id
     * in its ARN; one in a namespace reads an attribute; its only branch is Error.
     */
    @Test void transferWithAFlowIsATransferToThatFlow() {
        Flow flow = Legacy.flow("a", module("a", "Transfer", list(resource("ContactFlowId", ARN + "contact-flow/f-1", "Billing")),
                list(branch("Error", "z")), "Flow", "{\"ContactFlow\": {\"id\": \"x\", \"text\": \"Billing\"}}"),
            module("b", "Transfer", list(parameter("ContactFlowId", ARN + "contact-flow/f-2")), list(branch("Error", "z")), "Flow", "{}"),
            module("c", "Transfer", list(parameter("ContactFlowId", "CHANGE TO MAKE PAYMENT FLOW", "User Defined")), list(branch("Error", "z")),
                "Flow", "{\"useDynamic\": true}"),
            module("d", "Transfer", list(parameter("ContactFlowId", "CHANGE ME")), list(branch("Error", "z")), "Flow", "{}"),
            module("e", "TransferToFlow", list(parameter("ContactFlowId", ARN + "contact-flow/f-3")), list(branch("Error", "z")), null,
                "{\"ContactFlow\": {\"text\": \"Sample AB test\"}}"),
            disconnect("z")).transform(LegacyFixture::flow);
        assertEquals(new Step.Link("Billing"), flow.blocks().get("a").step());
        assertEquals(List.of(Exit.Kind.ERROR), kinds(flow.blocks().get("a")));
        assertEquals(new Step.Link("f-2"), flow.blocks().get("b").step());
        assertEquals(new Step.Link("a flow chosen at run time from $.Attributes.CHANGE TO MAKE PAYMENT FLOW"), flow.blocks().get("c").step());
        assertEquals(new Step.Link("CHANGE ME"), flow.blocks().get("d").step());
        assertEquals(new Step.Link("Sample AB test"), flow.blocks().get("e").step(), "the deprecated TransferToFlow module");
        Imported imported = lower(flow);
        assertEquals("flow: Billing", node(tree(imported), tree(imported).entry(), Node.Handoff.class).address());
        assertTrue(line(imported, "a", "error").detail().contains("'Billing', which was not given"));
    }

    /** A Transfer to a phone number forwards the call there. */
    @Test void transferToAPhoneNumberForwards() {
        Flow flow = one(module("m", "Transfer", list(parameter("PhoneNumber", "+15550100")), list(branch("CallFailed", "z"),
            branch("Success", "z")), "PhoneNumber", "{}"), disconnect("z"));
        assertEquals(new Step.Forward("+15550100", Channel.PHONE), flow.blocks().get("m").step());
    }

    /** Disconnect, and Resume or EndFlow (the end of a queue or whisper flow), hang up. */
    @Test void disconnectAndEndFlowHangUp() {
        Flow flow = Legacy.flow("a", disconnect("a"), module("b", "Resume", list(), list()), module("c", "EndFlow", list(), list()))
            .transform(LegacyFixture::flow);
        for (String id : List.of("a", "b", "c")) {
            assertEquals(new Step.Hangup(null), flow.blocks().get(id).step(), id);
        }
        assertEquals("Resume", flow.blocks().get("b").type());
    }

    /** CheckHoursOfOperation: True is open, False closed, Error a system error. */
    @Test void checkHoursOfOperationIsAnHoursCheck() {
        Flow flow = one(module("m", "CheckHoursOfOperation", list(), list(branch("True", "a"), branch("False", "b"), branch("Error", "b"))),
            disconnect("a"), disconnect("b"));
        Block hours = flow.blocks().get("m");
        assertEquals(new Step.Hours(), hours.step());
        assertEquals(List.of(Exit.Kind.OPEN, Exit.Kind.CLOSED, Exit.Kind.ERROR), kinds(hours));
        Tree tree = tree(lower(flow));
        Node.Branch branch = node(tree, tree.entry(), Node.Branch.class);
        assertEquals(0.7, branch.branches().get(0).share(), 1e-9);
    }

    /** CheckStaffing: a split on the queue's agents (its Status), True and False each an equal share. */
    @Test void checkStaffingSplitsOnTheQueuesAgents() {
        Flow flow = one(module("m", "CheckStaffing", list(parameter("Status", "Available")),
            list(branch("True", "a"), branch("False", "b"), branch("Error", "b"))), disconnect("a"), disconnect("b"));
        Block staffing = flow.blocks().get("m");
        assertEquals(new Step.Split("NumberOfAgentsAvailable of the queue", null), staffing.step());
        assertEquals(List.of("True", "False"), staffing.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        assertEquals(List.of("Error"), staffing.exits(Exit.Kind.ERROR).stream().map(Exit::value).toList());
    }

    /** CheckQueueStatus: the time in queue (milliseconds in the file, seconds here) or the contacts in queue. */
    @Test void checkQueueStatusSplitsOnTheQueuesMetric() {
        Flow flow = one(module("m", "CheckQueueStatus", list(), list("{\"condition\": \"CheckQueueTime\", \"conditionType\": \"LessThan\","
            + " \"conditionValue\": 300000, \"transition\": \"a\"}", branch("NoMatch", "b"), branch("Error", "b"))),
            disconnect("a"), disconnect("b"));
        Block status = flow.blocks().get("m");
        assertEquals(new Step.Split("OldestContactInQueueAgeSeconds of the queue", null), status.step());
        assertEquals(List.of("< 300"), status.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        assertEquals("b", exit(status, Exit.Kind.NO_MATCH).target());
    }

    /**
     * Loop: Looping and Complete. The retry idiom (a wrong key to a prompt and a Loop back to the
     * menu) is the Connect importer's loop split: an equal share goes round again.
     */
    @Test void loopIsTheRetryIdiom() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "Press 1 for sales.")),
                list(evaluate("Equals", "1", "a"), branch("NoMatch", "sorry"), branch("Timeout", "sorry"), branch("Error", "sorry"))),
            play("sorry", "Sorry, I did not get that.", "loop"),
            module("loop", "Loop", list(parameter("LoopCount", "3")), list(branch("Looping", "m"), branch("Complete", "a"))),
            disconnect("a"));
        Block loop = flow.blocks().get("loop");
        assertEquals(new Step.Split("the loop count (LoopCount 3)", null), loop.step());
        assertEquals(List.of("Looping", "Complete"), loop.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        Tree tree = tree(lower(flow));
        Node.Menu menu = node(tree, "m", Node.Menu.class);
        Node.Message sorry = node(tree, menu.invalidTarget(), Node.Message.class);
        Node.Branch again = node(tree, sorry.next(), Node.Branch.class);
        assertEquals(List.of("m", "a"), again.branches().stream().map(b -> b.goTo()).toList());
    }

    /** InvokeExternalResource: a Lambda, followed through its Success; its Error is a system error. */
    @Test void invokeExternalResourceIsFollowedThrough() {
        Flow flow = one(module("m", "InvokeExternalResource", list(parameter("FunctionArn", "arn:aws:lambda:us-east-1:1:function:f"),
                parameter("TimeLimit", "3"), keyed("Parameter", "env", "prod", null)),
            list(branch("Success", "a"), branch("Error", "b")), "Lambda", "{}"), play("a", "Hello.", "b"), disconnect("b"));
        Block lambda = flow.blocks().get("m");
        assertEquals(new Step.Pass(), lambda.step());
        assertEquals(List.of(Exit.Kind.ERROR, Exit.Kind.NEXT), kinds(lambda));
        Imported imported = lower(flow);
        assertEquals("Hello.", node(tree(imported), tree(imported).entry(), Node.Message.class).sayText());
        assertEquals(Fate.FOLLOWED, line(imported, "m", "next (Success)").fate());
        assertEquals(Fate.CUT, line(imported, "m", "error").fate());
    }

    /** Blocks that set things (attributes, voice, logging, recording, event flows, callback) mean nothing to callers: passed through. */
    @Test void settingBlocksArePassedThrough() {
        List<String[]> setters = List.of(
            new String[] {"SetAttributes", "{\"name\": \"Attribute\", \"key\": \"a\", \"value\": \"1\", \"namespace\": null}"},
            new String[] {"SetVoice", "{\"name\": \"GlobalVoice\", \"value\": \"Joanna\"}"},
            new String[] {"SetLoggingBehavior", "{\"name\": \"LoggingBehavior\", \"value\": \"Enable\"}"},
            new String[] {"SetRecordingBehavior", "{\"name\": \"RecordingBehaviorOption\", \"value\": \"Enable\"}"},
            new String[] {"SetContactFlow", "{\"name\": \"ContactFlowId\", \"value\": \"\", \"resourceName\": \"VM-Agent\"}"},
            new String[] {"SetEventHook", "{\"name\": \"Type\", \"value\": \"CustomerQueue\"}"},
            new String[] {"SetCallbackNumber", "{\"name\": \"CallbackNumber\", \"value\": \"Stored customer input\", \"namespace\": \"System\"}"},
            new String[] {"CreateCallback", "{\"name\": \"InitialDelaySeconds\", \"value\": 5}"},
            new String[] {"UpdateRoutingPriority", "{\"name\": \"TimeOffset\", \"value\": 600}"},
            new String[] {"SetScreenPop", "{\"name\": \"key\", \"value\": \"note\"}"});
        for (String[] setter : setters) {
            Flow flow = one(module("m", setter[0], list(setter[1]), list(branch("Success", "a"), branch("Error", "a"))),
                play("a", "Hello.", "z"), disconnect("z"));
            Block block = flow.blocks().get("m");
            assertEquals(setter[0], block.type());
            assertEquals(new Step.Pass(), block.step(), setter[0]);
            assertEquals("a", exit(block, Exit.Kind.NEXT).target(), setter[0]);
            Imported imported = lower(flow);
            assertEquals("Hello.", node(tree(imported), tree(imported).entry(), Node.Message.class).sayText(), setter[0]);
        }
    }

    /** Set callback number's InvalidPhoneNumber and NonDialableNumber are errors of the flow language's action. */
    @Test void setCallbackNumberHasItsTwoErrors() {
        Flow flow = one(module("m", "SetCallBackNumber", list(parameter("CallBackNumber", "Stored customer input", "System")),
            list(branch("Success", "a"), branch("InvalidPhoneNumber", "a"), branch("NonDialableNumber", "a"))), disconnect("a"));
        assertEquals(List.of("InvalidPhoneNumber", "NonDialableNumber"),
            flow.blocks().get("m").exits(Exit.Kind.ERROR).stream().map(Exit::value).toList());
    }

    /** A module type nobody has seen is followed through with every branch it has, under its own type. */
    @Test void anUnknownModuleIsAPassWithAllItsBranches() {
        Flow flow = one(module("m", "MessageParticipant", list(parameter("Text", "not a flow language action here")),
                list(branch("Success", "a"), branch("Maybe", "b"), branch("Error", "b"))),
            disconnect("a"), disconnect("b"));
        Block unknown = flow.blocks().get("m");
        assertEquals("MessageParticipant", unknown.type());
        assertEquals(new Step.Pass(), unknown.step(), "a legacy module is never taken for the flow language action of its name");
        assertEquals(List.of(Exit.Kind.CASE, Exit.Kind.ERROR, Exit.Kind.NO_MATCH), kinds(unknown),
            "beside a named outcome, Success is the default way (the flow language's NextAction of a block that compares)");
        assertEquals("Maybe", exit(unknown, Exit.Kind.CASE).value());
        assertEquals("Success", exit(unknown, Exit.Kind.NO_MATCH).value());
        Imported imported = lower(flow);
        assertEquals(Fate.GUESSED, line(imported, "m", "").fate(), "its ways on are split in equal shares, reported");
        assertEquals(Fate.MAPPED, line(imported, "m", "case 'Maybe'").fate());
        Flow percent = one(module("m", "PercentileBranching", list(), list(evaluate("Equals", "30", "a"), branch("NoMatch", "b"))),
            disconnect("a"), disconnect("b"));
        assertEquals(new Step.Pass(), percent.blocks().get("m").step(), "Distribute by percentage: equal shares");
    }

    /** A branch with no transition ends the call (Connect disconnects when a flow ends); one to a missing module too, reported. */
    @Test void aBranchToNothingEndsTheCall() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "Press 1.")),
            list(evaluate("Equals", "1", "gone"), branch("NoMatch", null), branch("Timeout", ""), branch("Error", "gone"))));
        Block menu = flow.blocks().get("m");
        assertNull(exit(menu, Exit.Kind.NO_MATCH).target());
        assertEquals(Exit.Missing.ENDS_CALL, exit(menu, Exit.Kind.NO_MATCH).then());
        assertNull(exit(menu, Exit.Kind.TIMEOUT).target());
        Imported imported = lower(flow);
        Node.Menu lowered = node(tree(imported), "m", Node.Menu.class);
        assertInstanceOf(Node.Hangup.class, tree(imported).nodes().get(lowered.invalidTarget()));
        assertTrue(line(imported, "m", "no match (NoMatch)").detail().contains("Amazon Connect (legacy export) ends the call here"));
        assertEquals(Fate.CUT, line(imported, "m", "key 1").fate(), "module 'gone' is not in the flow");
    }

    /** A GetUserInput with no Timeout branch: silence goes the Error branch's way, as the flow language says. */
    @Test void aMissingTimeoutGoesTheErrorWay() {
        Flow flow = one(module("m", "GetUserInput", list(parameter("Text", "Press 1.")),
            list(evaluate("Equals", "1", "a"), branch("NoMatch", "a"), branch("Error", "e"))), disconnect("a"), disconnect("e"));
        Exit silence = exit(flow.blocks().get("m"), Exit.Kind.TIMEOUT);
        assertEquals("e", silence.target());
        assertEquals("Timeout (not in the export: Error's way)", silence.value());
    }
}
