package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.asterisk.DialPlans.block;
import static io.ivraudit.imports.asterisk.DialPlans.exit;
import static io.ivraudit.imports.asterisk.DialPlans.flow;
import static io.ivraudit.imports.asterisk.DialPlans.lower;
import static io.ivraudit.imports.asterisk.DialPlans.menu;
import static io.ivraudit.imports.asterisk.DialPlans.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.audit.Auditor;
import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Real dial plans from public repositories (src/test/resources/flows/asterisk, see SOURCES.md),
 * each imported, validated and audited, and checked against facts read by hand in the file.
 */
class RealDialPlansTest {
    static Stream<Path> dialPlans() throws java.io.IOException {
        return Files.list(DialPlans.REAL).filter(p -> p.toString().endsWith(".conf")).sorted();
    }

    @ParameterizedTest @MethodSource("dialPlans")
    void everyDialPlanImportsValidatesAuditsAndReportsEveryExitItReaches(Path file) {
        assertTrue(DialPlans.ASTERISK.recognises(io.ivraudit.load.ExportDocument.read(file)));
        Asterisk.Read read = real(file.getFileName().toString());
        Imported imported = lower(read.flows(), null);
        Tree tree = imported.tree().orElseThrow();
        Flow first = flow(read.flows(), tree.title());
        assertEquals(List.of(), ReportWalk.walk(read.flows(), first, imported.report(), ReportWalk.Lines.OF_ANY_FLOW, true).unreported());
        assertTrue(!imported.report().isStub(tree), "not a stub");
        Auditor.audit(tree, AuditConfig.DEFAULTS);
        CliRunner.Run validate = CliRunner.run("validate", file.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertTrue(validate.out().contains(": ok: tree '"), validate.out());
        CliRunner.Run audit = CliRunner.run("audit", file.toString());
        assertTrue(audit.exit() == 0 || audit.exit() == 1, audit.err());
        assertTrue(audit.out().contains("simulated callers"), audit.out());
    }

    /**
     * futel's payphone network, read by hand: [incoming-ivr] answers, waits 0.1 s for a key typed
     * ahead, plays seventeen recordings through Macro(say,...) (whose words the macro picks at run
     * time), then waits 0.25 s and loops to n(postsetup). Keys 1-9 and 0; no t; i loops. 8 and 9 are
     * "secret" menus that the recordings never announce, which an import cannot know.
     */
    @Test void futelsIncomingMenu() {
        Asterisk.Read read = real(DialPlans.FUTEL);
        assertEquals("incoming-ivr", DialPlans.ASTERISK.defaultEntry(read.flows()).orElseThrow(),
            "the macros before it (macro-say has a Background) are not where calls start");
        Flow ivr = flow(read.flows(), "incoming-ivr");
        Block typeAhead = block(ivr, "incoming-ivr,s,6");
        assertEquals(new Step.Ask(null, false, false, 0.1), typeAhead.step());
        assertEquals("incoming-ivr,s,7", exit(typeAhead, Exit.Kind.TIMEOUT, null).target(), "silence goes on to the prompts");
        Block menu = block(ivr, "incoming-ivr,s,24");
        assertEquals(0.25, ((Step.Ask) menu.step()).timeoutSeconds());
        assertEquals("incoming-ivr,s,25", exit(menu, Exit.Kind.TIMEOUT, null).target());
        assertEquals("incoming-ivr,s,postsetup", exit(block(ivr, "incoming-ivr,s,25"), Exit.Kind.NEXT, null).target(),
            "Goto(s,postsetup): the menu loops");
        assertEquals("incoming-ivr,i,1", exit(menu, Exit.Kind.NO_MATCH, null).target());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
            menu.exits(Exit.Kind.KEY).stream().map(Exit::value).toList());
        assertEquals(new Step.Link("incoming-voicemail", true), block(ivr, "incoming-ivr,1,1").step(), "Gosub");
        assertEquals(new Step.Link("futel-conf"), block(ivr, "incoming-ivr,2,1").step(), "Goto");
        assertEquals(new Step.Forward("voicemail 1337", Channel.EMAIL), block(ivr, "incoming-ivr,0,1").step());
        assertEquals(new Step.Link("macro-say", true), block(ivr, "incoming-ivr,s,7").step(), "Macro(say,welcome-to-fewtel)");

        Tree tree = lower(read.flows(), null).tree().orElseThrow();
        Node.Menu node = menu(tree, "incoming-ivr-s-24");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), node.options().stream().map(Option::key).toList());
        assertTrue(node.options().stream().noneMatch(Option::hidden), "the prompt's words are recordings: nothing is hidden");
        assertEquals("SIP/${oskar_extension}", person(tree, node, "4"), "ring-oskar dials a phone of the PBX");
        assertEquals("SIP/${xnor_extension}", person(tree, node, "5"));
        assertEquals("SIP/${garth_extension}", person(tree, node, "6"));
        Node.Handoff voicemail = assertInstanceOf(Node.Handoff.class, tree.nodes().get(goTo(node, "0")));
        assertEquals(Channel.EMAIL, tree.addresses().get(voicemail.address()).channel());
        Node.Handoff conference = assertInstanceOf(Node.Handoff.class, tree.nodes().get(goTo(node, "2")));
        assertEquals("conference 666", conference.address());
    }

    /** [911-9] and [911-91]: waiting 5 s for the next digit of 911; a wrong digit or silence is a busy signal. */
    @Test void futelsNineOneOneDialling() {
        Flow flow = flow(real(DialPlans.FUTEL).flows(), "911-9");
        Block wait = block(flow, "911-9,s,2");
        assertEquals(5.0, ((Step.Ask) wait.step()).timeoutSeconds());
        assertEquals(new Step.Link("911-91", true), block(flow, exit(wait, Exit.Kind.KEY, "1").target()).step());
        assertEquals(new Step.Hangup(null), block(flow, exit(wait, Exit.Kind.NO_MATCH, null).target()).step(), "i: Busy");
        assertEquals(new Step.Hangup(null), block(flow, exit(wait, Exit.Kind.TIMEOUT, null).target()).step(),
            "silence: the next priority, Busy");
    }

    /**
     * What futel's file holds that Asterisk itself skips or cannot follow: [incoming-route-by-caller]
     * starts with 'same =>', so Asterisk skips its seven lines and the context is empty (a Goto to
     * it hangs up); extensions_secret.conf is #included and not given.
     */
    @Test void futelsSkippedLinesAndIncludeAreNoted() {
        Asterisk.Read read = real(DialPlans.FUTEL);
        List<Integer> lines = read.notes().stream().map(n -> n.at().line()).toList();
        assertEquals(List.of(917, 118, 119, 120, 121, 122, 123, 125, 116), lines, read.notes().toString());
        assertTrue(read.notes().get(0).message().startsWith("#include extensions_secret.conf"));
        Flow incoming = flow(read.flows(), "default-incoming");
        Exit hangs = exit(block(incoming, "default-incoming,_!,3"), Exit.Kind.NEXT, null);
        assertTrue(hangs.value().contains("context 'incoming-route-by-caller' has no priority '1' of an extension 's'"),
            hangs.value());
        Imported imported = lower(read.flows(), "default-incoming");
        assertEquals(Fate.CUT, DialPlans.lines(imported, "default-incoming,_!,3", hangs.describe()).get(0).fate());
        assertEquals(List.of(), ReportWalk.walk(read.flows(), incoming, imported.report(), ReportWalk.Lines.OF_ANY_FLOW, true).unreported());
    }

    /** futel's [default-outgoing] has no s: calls arrive at 996 to 1001, set a variable and jump by it. */
    @Test void futelsOutgoingContextStartsAtTheExtensionDialled() {
        Flow flow = flow(real(DialPlans.FUTEL).flows(), "default-outgoing");
        Block entry = block(flow, flow.entry());
        assertEquals(List.of("996", "997", "998", "999", "1000", "1001"),
            entry.exits(Exit.Kind.CASE).stream().map(Exit::value).toList());
        Flow byExtension = flow(real(DialPlans.FUTEL).flows(), "default-outgoing-by-extension");
        assertTrue(exit(block(byExtension, "default-outgoing-by-extension,s,3"), Exit.Kind.NEXT, null).value()
            .contains("'${destination}' is set at run time"));
    }

    /**
     * 8ryder's direct-dial return: one pattern extension _[23]XX (no s, so calls start there);
     * a GotoIf on DIALPLAN_EXISTS, a Dial of the SIP phone, and every way back to the calling IVR
     * is GoTo(${IVR_CONTEXT},return,1), which cannot be followed before the call.
     */
    @Test void theDirectDialReturn() {
        Asterisk.Read read = real(DialPlans.DIRECT_DIAL);
        assertEquals(List.of(), read.notes());
        Flow flow = flow(read.flows(), "ivr-directdialreturn");
        assertEquals("ivr-directdialreturn,_[23]XX,1", flow.entry());
        Block test = block(flow, "ivr-directdialreturn,_[23]XX,2");
        assertInstanceOf(Step.Split.class, test.step());
        assertEquals("ivr-directdialreturn,_[23]XX,ext-ivr-errata", exit(test, Exit.Kind.CASE, "true").target());
        assertEquals("ivr-directdialreturn,_[23]XX,3", exit(test, Exit.Kind.CASE, "false").target());
        assertEquals(new Step.Person("SIP/${EXTEN}"), block(flow, "ivr-directdialreturn,_[23]XX,3").step());
        assertTrue(DialPlans.ASTERISK.defaultEntry(read.flows()).isEmpty(), "nothing reads a key");

        Imported imported = lower(read.flows(), null);
        Tree tree = imported.tree().orElseThrow();
        Node.Branch split = assertInstanceOf(Node.Branch.class, tree.nodes().get(tree.entry()));
        assertEquals(2, split.branches().size());
        assertEquals("SIP/${EXTEN}", assertInstanceOf(Node.Human.class, tree.nodes().get(split.branches().get(1).goTo())).queue());
        Node.Message invalid = assertInstanceOf(Node.Message.class, tree.nodes().get(split.branches().get(0).goTo()));
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(invalid.next()), "then GoTo(${IVR_CONTEXT},...): cut, the call ends");
        String back = exit(block(flow, "ivr-directdialreturn,_[23]XX,10"), Exit.Kind.NEXT, null).describe();
        assertEquals(Fate.CUT, DialPlans.lines(imported, "ivr-directdialreturn,_[23]XX,10", back).get(0).fate());
        assertEquals(Fate.CUT, DialPlans.lines(imported, "ivr-directdialreturn,_[23]XX,3", "next").get(0).fate(),
            "what follows the Dial when nobody answers is not modelled");
    }

    private static String goTo(Node.Menu menu, String key) {
        return menu.options().stream().filter(o -> key.equals(o.key())).findFirst().orElseThrow().goTo();
    }

    private static String person(Tree tree, Node.Menu menu, String key) {
        return assertInstanceOf(Node.Human.class, tree.nodes().get(goTo(menu, key))).queue();
    }
}
