package io.ivraudit.imports.asterisk;

import static io.ivraudit.imports.asterisk.DialPlans.block;
import static io.ivraudit.imports.asterisk.DialPlans.exit;
import static io.ivraudit.imports.asterisk.DialPlans.flow;
import static io.ivraudit.imports.asterisk.DialPlans.flows;
import static io.ivraudit.imports.asterisk.DialPlans.lower;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each application is for a caller, one small dial plan per row of the mapping. */
class AsteriskApplicationsTest {
    private static Block only(String app) {
        Flow flow = flow(flows("[main]\nexten => s,1," + app + "\n same => n,Hangup()\n"), "main");
        return block(flow, "main,s,1");
    }

    @Test void playsSaysPassesAndHangUps() {
        assertEquals(new Step.Play(null, true), only("Playback(welcome&menu)").step());
        assertEquals(new Step.Play(null, true), only("Background(welcome)").step());
        assertEquals(new Step.Play("1 2 3", false), only("SayDigits(123)").step());
        assertEquals(new Step.Play("42", false), only("SayNumber(42)").step());
        assertEquals(new Step.Play(null, true), only("SayDigits(${CALLERID(num)})").step(), "words made at run time");
        for (String pass : List.of("Answer()", "NoOp(hi)", "Set(x=1)", "Wait(2)", "Ringing()", "Verbose(1,x)",
            "Log(NOTICE,x)", "AGI(script.agi)", "UserEvent(x)", "SomeNewApp(x)")) {
            Block b = only(pass);
            assertEquals(new Step.Pass(), b.step(), pass);
            assertEquals("main,s,2", exit(b, Exit.Kind.NEXT, null).target(), pass);
        }
        for (String hangup : List.of("Hangup()", "Busy(10)", "Congestion()")) {
            assertEquals(new Step.Hangup(null), only(hangup).step(), hangup);
            assertEquals(List.of(), only(hangup).exits());
        }
        Block noSuchApp = only("Wait,2");
        assertEquals(new Step.Hangup(null), noSuchApp.step(), "modern Asterisk reads 'Wait,2' as the name of an application");
        assertTrue(noSuchApp.type().contains("no application has this name, so Asterisk hangs up here"));
    }

    @Test void runningOffTheEndOfAnExtensionHangsUp() {
        Flow flow = flow(flows("""
            [main]
            exten => s,1,Playback(goodbye)
            """), "main");
        String end = exit(block(flow, "main,s,1"), Exit.Kind.NEXT, null).target();
        assertEquals(new Step.Hangup(null), block(flow, end).step());
        assertTrue(block(flow, end).type().contains("Asterisk hangs up"));
    }

    @Test void gotoInTheContextToAnotherContextAndToNowhere() {
        List<Flow> flows = flows("""
            [main]
            exten => s,1,WaitExten(5)
            exten => 1,1,Goto(2,1)
            exten => 2,1,Goto(sales,s,1)
            exten => 3,1,Goto(sales,9,1)
            exten => 4,1,Goto(nosuch,s,1)
            exten => 5,1,Goto(${DEST},s,1)
            exten => 6,1,Goto(sales,s,99)
            [sales]
            exten => s,1,Queue(sales)
            exten => 9,1,Queue(vip)
            """);
        Flow main = flow(flows, "main");
        assertEquals("main,2,1", exit(block(main, "main,1,1"), Exit.Kind.NEXT, null).target());
        assertEquals(new Step.Link("sales"), block(main, "main,2,1").step());
        assertEquals(new Step.Link("sales,9,1"), block(main, "main,3,1").step(), "elsewhere than its start: an alias");
        Flow alias = flow(flows, "sales,9,1");
        assertEquals("sales,9,1", alias.entry());
        Exit nowhere = exit(block(main, "main,4,1"), Exit.Kind.NEXT, null);
        assertEquals("to nosuch,s,1: there is no context 'nosuch' in the dial plan; Asterisk hangs up", nowhere.value());
        assertTrue(exit(block(main, "main,5,1"), Exit.Kind.NEXT, null).value().contains("'${DEST}' is set at run time"));
        assertTrue(exit(block(main, "main,6,1"), Exit.Kind.NEXT, null).value().contains("context 'sales' has no priority '99'"));

        Imported imported = lower(flows, "main");
        ImportReport.Line cut = DialPlans.lines(imported, "main,4,1", nowhere.describe()).get(0);
        assertEquals(Fate.CUT, cut.fate());
        assertTrue(cut.detail().contains("which is not in the flow; the call ends"), cut.detail());
        Tree tree = imported.tree().orElseThrow();
        Node.Menu menu = DialPlans.menu(tree, tree.entry());
        assertEquals("sales", assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(0).goTo())).queue(),
            "1 goes to 2, which transfers to sales");
        assertEquals("vip", assertInstanceOf(Node.Human.class, tree.nodes().get(menu.options().get(2).goTo())).queue());
    }

    @Test void gotoToAMissingContextOfAFileWithIncludesIsAFlowNotGiven() {
        Flow main = flow(flows("""
            #include more.conf
            [main]
            exten => s,1,Goto(elsewhere,s,1)
            """), "main");
        assertEquals(new Step.Link("elsewhere"), block(main, "main,s,1").step());
        Imported imported = lower(List.of(main), null);
        assertTrue(DialPlans.lines(imported, "main,s,1", "").get(0).detail().contains("'flow: elsewhere'"));
    }

    @Test void gotoIfIsASplitWithBothBranchesAndACountByHandIsARetryCount() {
        Flow flow = flow(flows("""
            [main]
            exten => s,1,Set(tries=$[${tries}+1])
             same => n,GotoIf($[${tries} > 3]?bye:again)
             same => n(again),Playback(try-again)
             same => n(bye),Hangup()
             same => n,GotoIf($["${x}" = "1"]?again)
            """), "main");
        Block test = block(flow, "main,s,2");
        Step.Split split = assertInstanceOf(Step.Split.class, test.step());
        assertTrue(split.reads().startsWith("the retry count ${tries} that the dial plan keeps by hand"), split.reads());
        assertEquals("main,s,bye", exit(test, Exit.Kind.CASE, "true").target());
        assertEquals("main,s,again", exit(test, Exit.Kind.CASE, "false").target());
        Block oneWay = block(flow, "main,s,5");
        assertEquals("main,s,again", exit(oneWay, Exit.Kind.CASE, "true").target());
        assertEquals("main,(end of an extension)", exit(oneWay, Exit.Kind.CASE, "false").target(), "the next priority");
        assertEquals("$[\"${x}\" = \"1\"]", ((Step.Split) oneWay.step()).reads());
    }

    @Test void gotoIfTimeAndIfTimeAreHoursChecks() {
        Flow flow = flow(flows("""
            [main]
            exten => s,1,GotoIfTime(9:00-17:00,mon-fri,*,*?open,s,1)
             same => n,Playback(closed)
             same => n,GotoIf(${IFTIME(9:00-17:00,mon-fri,*,*)}?open,s,1:closed-line)
             same => n(closed-line),Hangup()
            [open]
            exten => s,1,Queue(sales)
            """), "main");
        Block hours = block(flow, "main,s,1");
        assertEquals(new Step.Hours(), hours.step());
        assertEquals(new Step.Link("open"), block(flow, exit(hours, Exit.Kind.OPEN, null).target()).step());
        assertEquals("main,s,2", exit(hours, Exit.Kind.CLOSED, null).target());
        Block ifTime = block(flow, "main,s,3");
        assertEquals(new Step.Hours(), ifTime.step());
        assertEquals("main,s,closed-line", exit(ifTime, Exit.Kind.CLOSED, null).target());
    }

    @Test void execIfRunsItsApplicationOnOneBranch() {
        Flow flow = flow(flows("""
            [main]
            exten => s,1,ExecIf($[${BLOCKED} = 1]?Hangup():Playback(welcome))
             same => n,Queue(sales)
            """), "main");
        Block test = block(flow, "main,s,1");
        assertInstanceOf(Step.Split.class, test.step());
        assertEquals(new Step.Hangup(null), block(flow, exit(test, Exit.Kind.CASE, "true").target()).step());
        Block played = block(flow, exit(test, Exit.Kind.CASE, "false").target());
        assertEquals(new Step.Play(null, true), played.step());
        assertEquals("main,s,2", exit(played, Exit.Kind.NEXT, null).target());
    }

    @Test void gosubAndMacroRunASubFlowThatComesBack() {
        List<Flow> flows = flows("""
            [main]
            exten => s,1,Gosub(greeting,s,1)
             same => n,Macro(hold)
             same => n,Gosub(local-sub)
             same => n,Queue(sales)
             same => n(local-sub),Playback(local)
             same => n,Return()
            [greeting]
            exten => s,1,Playback(hello)
             same => n,Return()
            [macro-hold]
            exten => s,1,Playback(please-hold)
            """);
        Flow main = flow(flows, "main");
        assertEquals(new Step.Link("greeting", true), block(main, "main,s,1").step());
        assertEquals("main,s,2", exit(block(main, "main,s,1"), Exit.Kind.NEXT, null).target());
        assertEquals(new Step.Link("macro-hold", true), block(main, "main,s,2").step());
        assertEquals(new Step.Link("main,s,local-sub", true), block(main, "main,s,3").step(), "a label of the same context");
        Flow macro = flow(flows, "macro-hold");
        Exit offTheEnd = exit(block(macro, "macro-hold,s,1"), Exit.Kind.NEXT, null);
        assertNull(offTheEnd.target(), "a macro that runs out of priorities goes back to its caller");
        assertNull(exit(block(flow(flows, "greeting"), "greeting,s,2"), Exit.Kind.NEXT, null).target(), "Return");

        Tree tree = lower(flows, "main").tree().orElseThrow();
        Node.Message hello = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()));
        Node.Message hold = assertInstanceOf(Node.Message.class, tree.nodes().get(hello.next()));
        Node.Message local = assertInstanceOf(Node.Message.class, tree.nodes().get(hold.next()));
        assertEquals("sales", assertInstanceOf(Node.Human.class, tree.nodes().get(local.next())).queue());
    }

    @Test void aMacroContextWithoutSDoesNothing() {
        Flow main = flow(flows("""
            [main]
            exten => s,1,Macro(broken)
             same => n,Queue(sales)
            [macro-broken]
            exten => 1,1,Hangup()
            """), "main");
        Block b = block(main, "main,s,1");
        assertEquals(new Step.Pass(), b.step());
        assertTrue(b.type().contains("has no extension s, so Asterisk warns and goes on"));
    }

    @Test void dialIsAPersonANumberOrAPlaceOfTheDialPlan() {
        assertEquals(new Step.Person("SIP/alice"), only("Dial(SIP/alice,20)").step());
        assertEquals(new Step.Person("PJSIP/101"), only("Dial(PJSIP/101&PJSIP/102)").step());
        assertEquals(new Step.Person(null), only("Dial(${ARG1})").step(), "set at run time");
        assertEquals(new Step.Forward("+15035551234", Channel.PHONE), only("Dial(SIP/+15035551234@voipms)").step());
        assertEquals(new Step.Forward("5551234", Channel.PHONE), only("Dial(DAHDI/g1/5551234)").step());
        assertEquals(new Step.Forward("${TRUNK}/${EXTEN:1}", Channel.PHONE), only("Dial(${TRUNK}/${EXTEN:1})").step());
        assertTrue(only("Dial(SIP/alice)").type().contains("read as a phone of the PBX, so a person"));
        assertTrue(only("Dial(SIP/+15035551234@voipms)").type().contains("read as a number called through a trunk"));
        List<Flow> flows = flows("""
            [main]
            exten => s,1,Dial(Local/100@staff)
            [staff]
            exten => 100,1,Queue(staff)
            """);
        assertEquals(new Step.Link("staff"), block(flow(flows, "main"), "main,s,1").step());
    }

    @Test void queueVoicemailConferenceAndPasswords() {
        assertEquals(new Step.Person("support"), only("Queue(support,t)").step());
        assertEquals(new Step.Forward("voicemail 1234@default", Channel.EMAIL), only("VoiceMail(1234@default,u)").step());
        assertTrue(only("VoiceMail(1234,u)").type().contains("a mailbox, where nobody answers live"));
        assertEquals(new Step.Forward("conference 666", Channel.PHONE), only("ConfBridge(666)").step());
        Block password = only("Authenticate(1234)");
        assertEquals(new Step.Collect(null, "a password"), password.step());
        assertEquals("main,s,2", exit(password, Exit.Kind.SUCCESS, null).target());
        assertNull(exit(password, Exit.Kind.FAILURE, null).target());
        assertEquals(new Step.Person("FollowMe operator"), only("FollowMe(operator,d)").step());
    }

    @Test void disaGivesDialToneInAnotherContext() {
        List<Flow> flows = flows("""
            [main]
            exten => s,1,DISA(no-password,outside)
            [outside]
            exten => _1NXXNXXXXXX,1,Dial(SIP/${EXTEN}@trunk)
            exten => _0,1,Queue(operator)
            """);
        assertEquals(new Step.Link("outside"), block(flow(flows, "main"), "main,s,1").step());
        Flow outside = flow(flows, "outside");
        assertInstanceOf(Step.Split.class, block(outside, outside.entry()).step(), "the number dialled at the dial tone");
    }
}
