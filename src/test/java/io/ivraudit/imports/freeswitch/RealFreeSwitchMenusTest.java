package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.line;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.lower;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.nodes;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.real;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.audit.Auditor;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
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
 * FreeSWITCH's two stock IVR menu files (src/test/resources/flows/freeswitch, see SOURCES.md),
 * each imported and checked against what was read by hand in its XML: every menu, key, person
 * (there is none: the stock menus reach extensions of the dial plan and an outside conference),
 * and what a wrong key and silence do.
 */
class RealFreeSwitchMenusTest {
    private static final String DEMO = "signalwire__freeswitch__demo_ivr.xml";
    private static final String NEW_DEMO = "signalwire__freeswitch__new_demo_ivr.xml";

    @TempDir Path dir;

    static Stream<String> files() {
        return Stream.of(DEMO, NEW_DEMO);
    }

    @ParameterizedTest @MethodSource("files")
    void everyFileImportsLoadsAuditsAndReportsEveryExitItReaches(String file) {
        List<Flow> flows = real(file);
        Imported imported = lower(flows);
        Tree tree = tree(imported);
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok());
        assertEquals(List.of(), ReportWalk.walk(flows, flows.get(0), imported.report(), ReportWalk.Lines.OF_ITS_FLOW_OR_ITS_RUNS, true).unreported());
        assertEquals(flows.stream().mapToInt(f -> f.blocks().size()).sum(), imported.report().blocksRead());
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    @ParameterizedTest @MethodSource("files")
    void theCommandLineImportsValidatesAndAuditsTheFileDirectly(String file) throws IOException {
        Path xml = FreeSwitchFixture.REAL.resolve(file);
        Path out = dir.resolve("menus.yaml");
        CliRunner.Run imported = CliRunner.run("import", "--out", out.toString(), xml.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(Files.readString(out).contains("type: menu"));
        assertEquals(0, CliRunner.run("validate", out.toString()).exit());
        CliRunner.Run audit = CliRunner.run("audit", xml.toString());
        assertTrue(audit.exit() < 2, audit.err());
        CliRunner.Run forced = CliRunner.run("import", "--from", "freeswitch", "--out", out.toString(), xml.toString());
        assertEquals(0, forced.exit(), forced.err());
    }

    /**
     * demo_ivr.xml: two menus (a third, "demo3", is commented out). The main menu: phrase prompts
     * (words unknown), 10 s, 3 failures and 3 time-outs; 1 bridges to the public FreeSWITCH
     * conference (an outside SIP address, not a person of this system), 2 to 4 transfer to dial
     * plan extensions 9196 (echo), 9664 (music on hold) and 9191 (ClueCon), 5 to 1234*256 by ENUM,
     * 6 runs the sub-menu, 9 is menu-top in the top menu (the menu again), and 1000-1019 by the
     * regex, which starts with key 1, already the conference: cut, and said so. A wrong key or
     * silence, three times, plays vm-goodbye and the menu exits (the call ends). The sub-menu:
     * 15 s, * is menu-top (back to the main menu); its exit goes back to the main menu.
     */
    @Test void theDemoIvr() {
        List<Flow> flows = real(DEMO);
        assertEquals(List.of("demo_ivr", "demo_ivr_submenu"), flows.stream().map(Flow::name).toList());
        assertEquals("demo_ivr", FreeSwitchFixture.FREESWITCH.defaultEntry(flows).orElseThrow());
        Step.Ask main = assertInstanceOf(Step.Ask.class, flows.get(0).blocks().get("demo_ivr").step());
        assertNull(main.prompt(), "phrase:demo_ivr_main_menu is a phrase macro: its words are not in the file");
        assertEquals(10.0, main.timeoutSeconds());
        assertEquals(3, main.tries());
        assertEquals(3, ((Step.Ask) flows.get(1).blocks().get("demo_ivr_submenu").step()).tries());

        Imported imported = lower(flows);
        Tree tree = tree(imported);
        Node.Menu menu = assertInstanceOf(Node.Menu.class, tree.nodes().get(tree.entry()));
        assertEquals("demo-ivr", menu.id());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "9"), menu.options().stream().map(Option::key).toList());
        assertTrue(menu.options().stream().noneMatch(Option::hidden), "the prompt's words are unknown, so none is hidden");
        assertEquals(10.0, menu.timeoutSeconds());
        assertEquals("sip:888@conference.freeswitch.org", handoff(tree, menu, "1").address());
        assertEquals("extension 9196 (XML default)", handoff(tree, menu, "2").address());
        assertEquals("extension 9664 (XML default)", handoff(tree, menu, "3").address());
        assertEquals("extension 9191 (XML default)", handoff(tree, menu, "4").address());
        assertEquals("extension 1234*256 (enum)", handoff(tree, menu, "5").address());
        assertEquals("menu-exec-app bridge (an outside SIP address)", line(imported, "demo_ivr key 1", "").type());
        Node.Menu sub = assertInstanceOf(Node.Menu.class, tree.nodes().get(goTo(menu, "6")));
        assertEquals("demo-ivr-submenu", sub.id());
        assertEquals(menu.id(), goTo(menu, "9"), "menu-top in the top menu plays it again");
        assertTrue(nodes(tree, Node.Human.class).isEmpty(), "no entry reaches a person of this system");
        assertEquals(Fate.CUT, lines(imported, "demo_ivr", "key /^(10[01][0-9])$/").get(0).fate());
        assertTrue(lines(imported, "demo_ivr", "key /^(10[01][0-9])$/").get(0).detail().contains("is not one key"));

        Node.Message goodbye = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertNull(goodbye.sayText(), "voicemail/vm-goodbye.wav is a recording");
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(goodbye.next()));
        assertEquals(Fate.GUESSED, line(imported, "demo_ivr exit", "").fate());
        assertTrue(line(imported, "demo_ivr exit", "next (" + MenuFlows.MENU_EXITS + ")").detail()
            .contains("FreeSWITCH ends the call here"));
        assertTrue(line(imported, "demo_ivr", "no match (max-failures 3)").detail().contains("demo-ivr-exit"));
        assertTrue(line(imported, "demo_ivr", "timeout (max-timeouts 3)").detail().contains("demo-ivr-exit"));

        assertEquals(List.of("*"), sub.options().stream().map(Option::key).toList());
        assertEquals(menu.id(), goTo(sub, "*"), "menu-top from the sub-menu");
        assertEquals(15.0, sub.timeoutSeconds());
        Node.Message subExit = assertInstanceOf(Node.Message.class, tree.nodes().get(sub.invalidTarget()));
        assertEquals(sub.invalidTarget(), sub.timeoutTarget());
        assertEquals(menu.id(), subExit.next(), "the sub-menu exits back to the menu that ran it");
    }

    /**
     * new_demo_ivr.xml: four menus. The main menu (phrase prompts, 10 s, 3 and 3): 1, 2 and 3 run
     * the FreeSWITCH, FreeSWITCH Solutions and ClueCon sub-menus; 4 is menu-exec-app with
     * "5000 XML default", which names no application (the stock file means "transfer 5000 XML
     * default"): FreeSWITCH cannot run it and the IVR exits, so the key plays vm-goodbye and ends
     * the call, and the report names the defect; 9 is menu-top (the menu again). Each sub-menu:
     * 15 s, 9 is menu-sub to itself (the sub-menu again), * is menu-top; its exit goes back to the
     * main menu. A wrong key or silence at the main menu: vm-goodbye, then the call ends.
     */
    @Test void theNewDemoIvr() {
        List<Flow> flows = real(NEW_DEMO);
        assertEquals(List.of("new_demo_ivr", "freeswitch_ivr_submenu", "freeswitch_solutions_ivr_submenu",
            "cluecon_ivr_submenu"), flows.stream().map(Flow::name).toList());
        Imported imported = lower(flows);
        Tree tree = tree(imported);
        Node.Menu menu = assertInstanceOf(Node.Menu.class, tree.nodes().get(tree.entry()));
        assertEquals("new-demo-ivr", menu.id());
        assertEquals(List.of("1", "2", "3", "4", "9"), menu.options().stream().map(Option::key).toList());
        assertEquals(menu.id(), goTo(menu, "9"));
        List<String> subs = List.of("freeswitch-ivr-submenu", "freeswitch-solutions-ivr-submenu", "cluecon-ivr-submenu");
        for (int i = 0; i < 3; i++) {
            Node.Menu sub = assertInstanceOf(Node.Menu.class, tree.nodes().get(goTo(menu, String.valueOf(i + 1))));
            assertEquals(subs.get(i), sub.id());
            assertEquals(List.of("9", "*"), sub.options().stream().map(Option::key).toList());
            assertEquals(sub.id(), goTo(sub, "9"), "menu-sub to itself plays the sub-menu again");
            assertEquals(menu.id(), goTo(sub, "*"));
            assertEquals(15.0, sub.timeoutSeconds());
            assertEquals(menu.id(), ((Node.Message) tree.nodes().get(sub.invalidTarget())).next());
            assertEquals(sub.invalidTarget(), sub.timeoutTarget());
        }
        Node.Message leave = assertInstanceOf(Node.Message.class, tree.nodes().get(goTo(menu, "4")));
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(leave.next()));
        String defect = line(imported, "new_demo_ivr key 4", "next (defect: '5000 XML default' names no application "
            + "('5000' is not one); FreeSWITCH cannot run it, so the IVR exits here)").detail();
        assertTrue(defect.contains("new-demo-ivr-leave"), defect);
        assertTrue(line(imported, "new_demo_ivr hangup", "next (" + MenuFlows.IVR_ENDS + ")").detail()
            .contains("hangs up"));
        Node.Message goodbye = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(goodbye.next()));
        assertTrue(nodes(tree, Node.Human.class).isEmpty());
        assertTrue(nodes(tree, Node.Handoff.class).isEmpty());
    }

    /** Either file's sub-menu can be the entry by name; then menu-top still leads to the menu above it. */
    @Test void entryPicksAMenuByName() {
        Imported imported = lower(real(NEW_DEMO), "cluecon_ivr_submenu");
        Tree tree = tree(imported);
        assertEquals("cluecon-ivr-submenu", tree.entry());
        Node.Menu sub = (Node.Menu) tree.nodes().get(tree.entry());
        assertInstanceOf(Node.Menu.class, tree.nodes().get(goTo(sub, "*")));
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(((Node.Message) tree.nodes().get(sub.invalidTarget())).next()),
            "as the top menu its exit leaves the IVR");
    }

    private static String goTo(Node.Menu menu, String key) {
        return menu.options().stream().filter(o -> key.equals(o.key())).findFirst().orElseThrow().goTo();
    }

    private static Node.Handoff handoff(Tree tree, Node.Menu menu, String key) {
        return assertInstanceOf(Node.Handoff.class, tree.nodes().get(goTo(menu, key)));
    }

    private static List<io.ivraudit.imports.ImportReport.Line> lines(Imported imported, String block, String exit) {
        return imported.report().lines().stream().filter(l -> l.block().equals(block) && l.exit().equals(exit)).toList();
    }
}
