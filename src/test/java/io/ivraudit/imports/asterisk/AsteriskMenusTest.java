package io.ivraudit.imports.asterisk;

import static io.ivraudit.imports.asterisk.DialPlans.block;
import static io.ivraudit.imports.asterisk.DialPlans.exit;
import static io.ivraudit.imports.asterisk.DialPlans.flow;
import static io.ivraudit.imports.asterisk.DialPlans.flows;
import static io.ivraudit.imports.asterisk.DialPlans.lower;
import static io.ivraudit.imports.asterisk.DialPlans.menu;
import static io.ivraudit.imports.asterisk.DialPlans.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Menus: where a dial plan reads keys (WaitExten, Read), which keys are choices (the context's
 * one-key extensions, also from included contexts), what a wrong key and silence do (i, t, e, or
 * the call ends), numbers of several keys, and which context calls start in.
 */
class AsteriskMenusTest {
    private static final String DOCS_MENU = """
        [demo-menu]
        exten => s,1,Answer(500)
         same => n(loop),Background(press-1&or&press-2)
         same => n,WaitExten()

        exten => 1,1,Playback(you-entered)
         same => n,SayNumber(1)
         same => n,Goto(s,loop)

        exten => 2,1,Playback(you-entered)
         same => n,SayNumber(2)
         same => n,Goto(s,loop)

        exten => i,1,Playback(option-is-invalid)
         same => n,Goto(s,loop)

        exten => t,1,Playback(are-you-still-there)
         same => n,Goto(s,loop)
        """;

    /** The docs.asterisk.org "Handling Special Extensions" menu, checked by hand. */
    @Test void theDocumentationsAutoAttendant() {
        Flow flow = flow(flows(DOCS_MENU), "demo-menu");
        Block wait = block(flow, "demo-menu,s,3");
        Step.Ask ask = assertInstanceOf(Step.Ask.class, wait.step());
        assertNull(ask.prompt(), "a recording whose words are unknown");
        assertEquals(10.0, ask.timeoutSeconds(), "WaitExten() waits the response timeout, 10 s by default");
        assertEquals("demo-menu,1,1", exit(wait, Exit.Kind.KEY, "1").target());
        assertEquals("demo-menu,2,1", exit(wait, Exit.Kind.KEY, "2").target());
        assertEquals("demo-menu,i,1", exit(wait, Exit.Kind.NO_MATCH, null).target());
        assertEquals("demo-menu,t,1", exit(wait, Exit.Kind.TIMEOUT, null).target());
        assertInstanceOf(Step.Play.class, block(flow, "demo-menu,s,loop").step());

        Tree tree = lower(List.of(flow), null).tree().orElseThrow();
        Node.Menu menu = menu(tree, "demo-menu-s-3");
        assertEquals(List.of("1", "2"), menu.options().stream().map(Option::key).toList());
        assertTrue(menu.options().stream().noneMatch(Option::hidden), "the words are unknown, so nothing is hidden");
        Node.Message invalid = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals("demo-menu-s-loop", invalid.next(), "i plays a recording and goes back to the loop label");
        Node.Message timeout = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.timeoutTarget()));
        assertEquals("demo-menu-s-loop", timeout.next());
        Node.Message one = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.options().get(0).goTo()));
        Node.Message saysOne = assertInstanceOf(Node.Message.class, tree.nodes().get(one.next()));
        assertEquals("1", saysOne.sayText(), "SayNumber(1) says the number");
    }

    @Test void withoutIOrTAWrongKeyAndSilenceEndTheCall() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,Background(menu)
             same => n,WaitExten(4)
            exten => 1,1,Queue(sales)
            """), "menu");
        Block wait = block(flow, "menu,s,2");
        Exit wrong = exit(wait, Exit.Kind.NO_MATCH, null);
        Exit silence = exit(wait, Exit.Kind.TIMEOUT, null);
        assertNull(wrong.target());
        assertNull(silence.target());
        assertEquals(Exit.Missing.ENDS_CALL, wrong.then());
        assertEquals("no extension t or e", silence.value());
        Imported imported = lower(List.of(flow), null);
        Node.Menu menu = menu(imported.tree().orElseThrow(), "menu-s-2");
        assertTrue(imported.tree().orElseThrow().nodes().get(menu.invalidTarget()) instanceof Node.Hangup);
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertEquals(4.0, menu.timeoutSeconds());
        assertTrue(DialPlans.lines(imported, "menu,s,2", "no match (no extension i or e)").get(0).detail()
            .contains("connected to nothing: Asterisk ends the call here"));
    }

    @Test void eStandsInForAMissingIAndT() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,WaitExten(4)
            exten => 1,1,Queue(sales)
            exten => e,1,Playback(sorry)
            """), "menu");
        Block wait = block(flow, "menu,s,1");
        assertEquals("menu,e,1", exit(wait, Exit.Kind.NO_MATCH, null).target());
        assertEquals("menu,e,1", exit(wait, Exit.Kind.TIMEOUT, null).target());
    }

    @Test void silenceAtAWaitExtenWithMorePrioritiesGoesOnToTheNextOne() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,WaitExten(0.1)
             same => n,Background(options)
             same => n,WaitExten(5)
             same => n,Goto(s,1)
            exten => 0,1,Dial(SIP/operator)
            exten => t,1,Hangup()
            """), "menu");
        assertEquals("menu,s,2", exit(block(flow, "menu,s,1"), Exit.Kind.TIMEOUT, null).target(),
            "pbx_builtin_waitexten: 'Timeout on ..., continuing' when the next priority exists");
        assertEquals("menu,s,4", exit(block(flow, "menu,s,3"), Exit.Kind.TIMEOUT, null).target(), "not t");
        assertEquals(0.1, ((Step.Ask) block(flow, "menu,s,1").step()).timeoutSeconds());
    }

    @Test void theResponseTimeoutSetEarlierInTheExtensionIsWhatWaitExtenWaits() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,Set(TIMEOUT(response)=7)
             same => n,WaitExten()
            exten => 1,1,Hangup()
            """), "menu");
        assertEquals(7.0, ((Step.Ask) block(flow, "menu,s,2").step()).timeoutSeconds());
    }

    @Test void includedContextsAddTheirKeysAfterTheContextsOwnWhichWin() {
        Flow flow = flow(flows("""
            [menu]
            include => shared
            exten => s,1,WaitExten(5)
            exten => 1,1,Playback(own-one)
            [shared]
            exten => 1,1,Playback(shared-one)
            exten => 9,1,Playback(shared-nine)
            exten => i,1,Playback(shared-invalid)
            """), "menu");
        Block wait = block(flow, "menu,s,1");
        assertEquals("menu,1,1", exit(wait, Exit.Kind.KEY, "1").target(), "the context's own 1 wins");
        assertEquals("shared,9,1", exit(wait, Exit.Kind.KEY, "9").target());
        assertEquals("shared,i,1", exit(wait, Exit.Kind.NO_MATCH, null).target(), "i is found through the include too");
        assertFalse(flow.blocks().containsKey("shared,1,1"), "the shadowed extension is not in this flow (no call reaches it)");
    }

    @Test void aPatternOfOneKeyIsAChoiceAndALiteralWinsOverIt() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,WaitExten(5)
            exten => _[1-3],1,Playback(one-to-three)
            exten => 2,1,Playback(two)
            """), "menu");
        Block wait = block(flow, "menu,s,1");
        assertEquals("menu,_[1-3],1", exit(wait, Exit.Kind.KEY, "1").target());
        assertEquals("menu,2,1", exit(wait, Exit.Kind.KEY, "2").target());
        assertEquals("menu,_[1-3],1", exit(wait, Exit.Kind.KEY, "3").target());
    }

    /**
     * 1000-1999 and 7XXX are dialled with several keys: behind key 7 (no extension 7) the caller
     * dials a number, a data entry; behind key 1, which is an extension of its own, 1000 can only
     * be reached by waiting out the digit timeout, which a menu key cannot say: cut.
     */
    @Test void numbersOfSeveralKeysAreADataEntryBehindTheirFirstKey() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,WaitExten(5)
            exten => 1,1,Playback(one)
            exten => 1000,1,Dial(SIP/alice)
            exten => _7XXX,1,Dial(SIP/${EXTEN})
            exten => 7999,1,Dial(SIP/bob)
            exten => i,1,Hangup()
            """), "menu");
        Block wait = block(flow, "menu,s,1");
        assertEquals("menu,1,1", exit(wait, Exit.Kind.KEY, "1").target());
        Exit seven = exit(wait, Exit.Kind.KEY, "7");
        Block dial = block(flow, seven.target());
        Step.Collect collect = assertInstanceOf(Step.Collect.class, dial.step());
        assertEquals("an extension number starting with 7 (_7XXX, 7999)", collect.what());
        assertEquals("menu,i,1", exit(dial, Exit.Kind.FAILURE, null).target(), "a number nothing matches goes to i");
        Block which = block(flow, exit(dial, Exit.Kind.SUCCESS, null).target());
        assertEquals(List.of("_7XXX", "7999"), which.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        assertEquals("menu,1000,1", exit(wait, Exit.Kind.KEY, "1000").target());

        Imported imported = lower(List.of(flow), null);
        Node.Menu menu = menu(imported.tree().orElseThrow(), "menu-s-1");
        assertEquals(List.of("1", "7"), menu.options().stream().map(Option::key).toList());
        assertEquals(Fate.CUT, DialPlans.lines(imported, "menu,s,1", "key 1000").get(0).fate());
        assertTrue(DialPlans.lines(imported, dial.id(), "").get(0).detail().contains("--entry-success"));
    }

    @Test void readTestedByGotoIfIsAMenu() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,Read(choice,press-1-or-2,1,,3,6)
             same => n,GotoIf($["${choice}" = "1"]?sales,s,1)
             same => n,GotoIf($[${choice} = 2]?support)
             same => n,GotoIf($["${choice}" = ""]?s,1)
             same => n,Playback(invalid)
             same => n(support),Queue(support)
            [sales]
            exten => s,1,Queue(sales)
            """), "menu");
        assertInstanceOf(Step.Play.class, block(flow, "menu,s,1").step(), "the prompt, a recording");
        Block keys = block(flow, "menu,s,1:keys");
        Step.Ask ask = assertInstanceOf(Step.Ask.class, keys.step());
        assertEquals(6.0, ask.timeoutSeconds());
        assertEquals(3, ask.tries(), "Read's attempts");
        Block toSales = block(flow, exit(keys, Exit.Kind.KEY, "1").target());
        assertEquals(new Step.Link("sales"), toSales.step());
        assertEquals("menu,s,support", exit(keys, Exit.Kind.KEY, "2").target());
        assertEquals("menu,s,1", exit(keys, Exit.Kind.TIMEOUT, null).target(), "the test of an empty answer");
        assertEquals("menu,s,5", exit(keys, Exit.Kind.NO_MATCH, null).target(), "after the tests");

        Tree tree = lower(flows("""
            [menu]
            exten => s,1,Read(choice,press-1-or-2,1,,3,6)
             same => n,GotoIf($["${choice}" = "1"]?sales,s,1)
             same => n,GotoIf($[${choice} = 2]?support)
             same => n,Playback(invalid)
             same => n(support),Queue(support)
            [sales]
            exten => s,1,Queue(sales)
            """), "menu").tree().orElseThrow();
        Node.Menu menu = DialPlans.nodes(tree, Node.Menu.class).get(0);
        assertEquals("sales", assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(0).goTo())).queue());
        assertEquals("support", assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(1).goTo())).queue());
    }

    @Test void readOfSeveralDigitsIsADataEntry() {
        Flow flow = flow(flows("""
            [menu]
            exten => s,1,Read(account,enter-account,8)
             same => n,GotoIf($[${LEN(${account})} = 8]?ok)
             same => n,Hangup()
             same => n(ok),Queue(accounts)
            """), "menu");
        Step.Collect collect = assertInstanceOf(Step.Collect.class, block(flow, "menu,s,1").step());
        assertEquals("digits (at most 8) into ${account}", collect.what());
    }

    @Test void callsStartInTheFirstContextThatReadsAKeyUnlessEntryNamesAnother() {
        String text = """
            [macro-prompt]
            exten => s,1,Background(${ARG1})
            [from-trunk]
            exten => 5551234,1,Goto(main,s,1)
            [main]
            exten => s,1,Macro(prompt,welcome)
             same => n,WaitExten(5)
            exten => 1,1,Goto(billing,s,1)
            [billing]
            exten => s,1,Background(billing)
             same => n,WaitExten(5)
            exten => 1,1,Queue(billing)
            """;
        List<Flow> flows = flows(text);
        assertEquals("main", DialPlans.ASTERISK.defaultEntry(flows).orElseThrow(), "macros are never where calls start");
        assertEquals("main", lower(flows, null).tree().orElseThrow().title());
        assertEquals("billing", lower(flows, "billing").tree().orElseThrow().title());
        assertEquals("from-trunk", lower(flows, "from-trunk").tree().orElseThrow().title());
        assertTrue(DialPlans.ASTERISK.defaultEntry(flows("""
            [a]
            exten => s,1,Playback(hello)
            """)).isEmpty(), "no context reads a key: the first one no other transfers to");
    }

    @Test void aContextWithoutSStartsAtTheExtensionTheCallArrivesAt() {
        Flow flow = flow(flows("""
            [from-trunk]
            exten => 5551000,1,Queue(sales)
            exten => 5552000,1,Queue(support)
            exten => h,1,NoOp(hung up)
            """), "from-trunk");
        Block entry = block(flow, flow.entry());
        assertInstanceOf(Step.Split.class, entry.step());
        assertEquals(List.of("5551000", "5552000"), entry.exits().stream().map(Exit::value).toList(), "not h");
        Flow single = flow(flows("""
            [ivr-direct]
            exten => _[23]XX,1,Dial(SIP/${EXTEN})
            exten => h,1,Hangup()
            """), "ivr-direct");
        assertEquals("ivr-direct,_[23]XX,1", single.entry(), "one extension: calls start there");
    }
}
