package io.ivraudit.imports.freeswitch;

import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.FREESWITCH;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.flows;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.line;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.lower;
import static io.ivraudit.imports.freeswitch.FreeSwitchFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Each construct of an IVR menu file, on a small document written here, and what it becomes. */
class FreeSwitchMenusTest {
    /** A menu file with one menu of these attributes and entries. */
    static String menu(String attributes, String entries) {
        return "<include>\n  <menu name=\"main\" " + attributes + ">\n" + entries + "  </menu>\n</include>\n";
    }

    private static Tree treeOf(String xml) {
        return tree(lower(flows(xml)));
    }

    private static Node.Menu main(Tree tree) {
        return assertInstanceOf(Node.Menu.class, tree.nodes().get(tree.entry()));
    }

    private static Node at(Tree tree, Node.Menu menu, String key) {
        return tree.nodes().get(menu.options().stream().filter(o -> key.equals(o.key())).findFirst().orElseThrow().goTo());
    }

    private static Step.Ask ask(Flow flow) {
        return (Step.Ask) flow.blocks().get(flow.entry()).step();
    }

    @Test void aSayPromptIsWordsAndAnOptionItNeverAnnouncesIsHidden() {
        Tree tree = treeOf(menu("greet-long=\"say:Welcome to Acme. Press 1 for sales. Press 2 for support.\" timeout=\"5000\"",
            "<entry action=\"menu-exec-app\" digits=\"1\" param=\"callcenter sales@default\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"2\" param=\"callcenter support@default\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"0\" param=\"bridge user/1000@$${domain}\"/>\n"));
        Node.Menu menu = main(tree);
        assertEquals("Welcome to Acme.", menu.sayText());
        assertEquals("Press 1 for sales.", menu.options().get(0).say());
        assertEquals(List.of(false, false, true), menu.options().stream().map(Option::hidden).toList());
        assertEquals(5.0, menu.timeoutSeconds());
        assertEquals("callcenter sales@default", assertInstanceOf(Node.Human.class, at(tree, menu, "1")).queue());
        assertEquals("callcenter support@default", assertInstanceOf(Node.Human.class, at(tree, menu, "2")).queue());
        assertEquals("user/1000@$${domain}", assertInstanceOf(Node.Human.class, at(tree, menu, "0")).queue());
    }

    @Test void soundsAreWordsOnlyWhenSpoken() {
        assertEquals("Hello there", Sounds.words("say:Hello there"));
        assertEquals("Hi", Sounds.words("tts://flite|kal|Hi"));
        assertNull(Sounds.words("phrase:demo_ivr_main_menu"));
        assertNull(Sounds.words("ivr/ivr-welcome.wav"));
        assertNull(Sounds.words("$${sounds_dir}/welcome.wav"));
        assertNull(Sounds.words(" "));
    }

    @Test void limitsHaveFreeSwitchsDefaultsAndOneNumberOfTries() {
        assertEquals(10.0, ask(flows(menu("greet-long=\"x.wav\"", "")).get(0)).timeoutSeconds());
        assertEquals(3, ask(flows(menu("greet-long=\"x.wav\"", "")).get(0)).tries());
        assertEquals(2, ask(flows(menu("greet-long=\"x.wav\" max-failures=\"2\"", "")).get(0)).tries(),
            "max-timeouts defaults to the max-failures value");
        assertEquals(3, ask(flows(menu("greet-long=\"x.wav\" max-failures=\"0\" timeout=\"0\"", "")).get(0)).tries());
        Flow differ = flows(menu("greet-long=\"x.wav\" max-failures=\"2\" max-timeouts=\"4\" timeout=\"7500ms\"", "")).get(0);
        assertEquals(2, ask(differ).tries());
        assertEquals(7.5, ask(differ).timeoutSeconds());
        Exit noMatch = differ.blocks().get("main").exit(Exit.Kind.NO_MATCH).orElseThrow();
        assertTrue(noMatch.value().contains("differ: both taken as 2 tries, the limit that applies first (a guess)"),
            noMatch.value());
        assertEquals(12, Limits.atoi(" 12abc"));
        assertEquals(0, Limits.atoi("abc"));
    }

    @Test void aWrongKeyAndSilenceExitTheMenuAfterTheExitSound() {
        Imported imported = lower(flows(menu("greet-long=\"say:Press 1.\" exit-sound=\"say:Goodbye.\"",
            "<entry action=\"menu-exec-app\" digits=\"1\" param=\"hangup\"/>\n")));
        Tree tree = tree(imported);
        Node.Menu menu = main(tree);
        Node.Message bye = assertInstanceOf(Node.Message.class, tree.nodes().get(menu.invalidTarget()));
        assertEquals("Goodbye.", bye.sayText());
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(bye.next()));
        assertInstanceOf(Node.Hangup.class, at(tree, menu, "1"));
        Tree silent = treeOf(menu("greet-long=\"say:Press 1.\"", "<entry action=\"menu-top\" digits=\"1\"/>\n"));
        assertInstanceOf(Node.Hangup.class, silent.nodes().get(main(silent).invalidTarget()), "no exit-sound: the call ends");
    }

    @Test void execOnMaxFailuresRunsItsApplicationWhenTheLimitIsReached() {
        Tree tree = treeOf(menu("greet-long=\"say:Press 1.\" exec-on-max-failures=\"transfer operator XML default\"",
            "<entry action=\"menu-top\" digits=\"1\"/>\n"));
        Node.Menu menu = main(tree);
        assertEquals("extension operator (XML default)", assertInstanceOf(Node.Handoff.class,
            tree.nodes().get(menu.invalidTarget())).address());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(menu.timeoutTarget()));
    }

    private static final String TWO_MENUS = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration name="ivr.conf" description="IVR menus">
          <menus>
            <X-PRE-PROCESS cmd="include" data="../ivr_menus/*.xml"/>
            <menu name="top" greet-long="say:Press 1 for billing. Press 0 to leave." exit-sound="say:Bye.">
              <entry action="menu-sub" digits="1" param="billing"/>
              <entry action="menu-exit" digits="0"/>
            </menu>
            <menu name="billing" greet-long="say:Press 1 to hear your balance. Press 2 to go back. Press 3 for the top."
                  exit-sound="say:Leaving billing.">
              <entry action="menu-play-sound" digits="1" param="say:Your balance is ten dollars."/>
              <entry action="menu-back" digits="2"/>
              <entry action="menu-top" digits="3"/>
              <entry action="menu-exit" digits="0"/>
            </menu>
          </menus>
        </configuration>
        """;

    @Test void subMenusReturnMenuTopAndMenuBackGoUpAndMenuExitLeaves() {
        List<Flow> flows = flows(TWO_MENUS);
        assertEquals("top", FREESWITCH.defaultEntry(flows).orElseThrow());
        Imported imported = lower(flows);
        Tree tree = tree(imported);
        Node.Menu top = main(tree);
        Node.Menu billing = assertInstanceOf(Node.Menu.class, at(tree, top, "1"));
        Node.Message balance = assertInstanceOf(Node.Message.class, at(tree, billing, "1"));
        assertEquals("Your balance is ten dollars.", balance.sayText());
        assertEquals(billing.id(), balance.next(), "after menu-play-sound the menu plays again");
        assertEquals(top.id(), at(tree, billing, "2").id(), "menu-back: back to the menu that ran it");
        assertEquals(top.id(), at(tree, billing, "3").id(), "menu-top");
        Node.Message leaving = assertInstanceOf(Node.Message.class, at(tree, billing, "0"));
        assertEquals("Leaving billing.", leaving.sayText());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(leaving.next()), "menu-exit leaves the whole IVR");
        Node.Message exit = assertInstanceOf(Node.Message.class, tree.nodes().get(billing.invalidTarget()));
        assertEquals(top.id(), exit.next(), "a sub-menu that reaches its limit exits back to the menu that ran it");
        assertEquals("runs the sub-flow 'billing' (entered at 'billing'); where it ends, the call goes on to 'top'",
            line(imported, "top key 1", "").detail());
        Node.Message bye = assertInstanceOf(Node.Message.class, at(tree, top, "0"));
        assertEquals("Bye.", bye.sayText());
    }

    @Test void menuBackFromTheTopMenuEndsTheCall() {
        Imported imported = lower(flows(menu("greet-long=\"say:Press 2.\"", "<entry action=\"menu-back\" digits=\"2\"/>\n")));
        Tree tree = tree(imported);
        assertInstanceOf(Node.Hangup.class, at(tree, main(tree), "2"));
        assertTrue(line(imported, "main key 2", "next (menu-back: back to the menu that ran this one as a sub-menu; from the top "
            + "menu the IVR exits to the dial plan, which the file does not hold, and the call is taken to end (a guess))")
            .detail().contains("FreeSWITCH ends the call here"));
    }

    @Test void applicationsAreTransfersPeopleOutsideNumbersPromptsOrNothing() {
        Tree tree = treeOf(menu("greet-long=\"say:Choose.\"",
            "<entry action=\"menu-exec-app\" digits=\"1\" param=\"transfer 1000 XML default\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"2\" param=\"bridge sofia/gateway/carrier/18005551234\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"3\" param=\"bridge {ignore_early_media=true}sofia/internal/1001%$${domain}\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"4\" param=\"fifo support in\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"5\" param=\"playback say:Our hours are nine to five.\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"6\" param=\"set foo=bar\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"7\" param=\"lua menu.lua\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"8\" param=\"voicemail default $${domain} 1000\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"9\" param=\"speak flite|kal|Thanks for calling.\"/>\n"));
        Node.Menu menu = main(tree);
        assertEquals("extension 1000 (XML default)", assertInstanceOf(Node.Handoff.class, at(tree, menu, "1")).address());
        assertEquals("18005551234 (gateway carrier)", assertInstanceOf(Node.Handoff.class, at(tree, menu, "2")).address());
        assertEquals("sofia/internal/1001%$${domain}", assertInstanceOf(Node.Human.class, at(tree, menu, "3")).queue());
        assertEquals("fifo support", assertInstanceOf(Node.Human.class, at(tree, menu, "4")).queue());
        Node.Message hours = assertInstanceOf(Node.Message.class, at(tree, menu, "5"));
        assertEquals("Our hours are nine to five.", hours.sayText());
        assertEquals(menu.id(), hours.next());
        assertEquals(menu.id(), at(tree, menu, "6").id(), "set means nothing to a caller: the menu again");
        assertEquals(menu.id(), at(tree, menu, "7").id(), "a script is taken to come back");
        assertEquals("voicemail default $${domain} 1000", assertInstanceOf(Node.Handoff.class, at(tree, menu, "8")).address());
        assertEquals("Thanks for calling.", ((Node.Message) at(tree, menu, "9")).sayText());
    }

    @Test void anApplicationFreeSwitchCannotRunIsADefectAndTheIvrExits() {
        Imported imported = lower(flows(menu("greet-long=\"say:Choose.\"",
            "<entry action=\"menu-exec-app\" digits=\"1\" param=\"transfert 1000 XML default\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"2\" param=\"\"/>\n"
            + "<entry action=\"menu-say-everything\" digits=\"3\"/>\n")));
        Tree tree = tree(imported);
        Node.Menu menu = main(tree);
        for (String key : List.of("1", "2", "3")) {
            assertInstanceOf(Node.Hangup.class, at(tree, menu, key), key);
        }
        assertTrue(line(imported, "main key 1", "next (defect: 'transfert' is no application of FreeSWITCH's modules; "
            + "FreeSWITCH cannot run it, so the IVR exits here)").fate() == Fate.FOLLOWED);
        assertTrue(imported.report().lines().stream().anyMatch(l -> l.block().equals("main key 2")
            && l.exit().contains("defect: an empty parameter names no application")));
        assertTrue(imported.report().lines().stream().anyMatch(l -> l.block().equals("main key 3")
            && l.exit().contains("defect: 'menu-say-everything' is no IVR menu action")));
    }

    @Test void aSubMenuThatIsNotDefinedIsReported() {
        Imported imported = lower(flows(menu("greet-long=\"say:Press 1.\"",
            "<entry action=\"menu-sub\" digits=\"1\" param=\"nowhere\"/>\n")));
        assertEquals(Fate.GUESSED, line(imported, "main key 1", "").fate());
        assertTrue(line(imported, "main key 1", "").detail().contains("runs the sub-flow 'nowhere', which was not given"));
    }

    @Test void aNumberCallersDialIsDataEntryOnItsFirstKeyWhenThatKeyIsFree() {
        String xml = menu("greet-long=\"say:Dial an extension, or press 1.\"",
            "<entry action=\"menu-exec-app\" digits=\"1\" param=\"transfer 1 XML default\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"/^(2[0-9]{3})$/\" param=\"bridge user/$1@$${domain}\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"/^(1[0-9]{3})$/\" param=\"transfer $1 XML features\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"/^[4-6]$/\" param=\"callcenter sales\"/>\n"
            + "<entry action=\"menu-exec-app\" digits=\"701\" param=\"callcenter support\"/>\n");
        Imported imported = lower(flows(xml));
        Tree tree = tree(imported);
        Node.Menu menu = main(tree);
        assertEquals(List.of("1", "4", "5", "6", "2", "7"), menu.options().stream().map(Option::key).toList());
        Node.Message entry = assertInstanceOf(Node.Message.class, at(tree, menu, "2"));
        Node.Branch result = assertInstanceOf(Node.Branch.class, tree.nodes().get(entry.next()));
        assertEquals("user/$1@$${domain}", ((Node.Human) tree.nodes().get(result.branches().get(0).goTo())).queue());
        assertEquals(menu.id(), result.branches().get(1).goTo(), "a number that matches nothing: the menu again");
        assertTrue(line(imported, "main dial 2", "").detail().contains("a number matching /^(2[0-9]{3})$/"));
        assertEquals(Fate.CUT, imported.report().lines().stream().filter(l -> l.exit().equals("key /^(1[0-9]{3})$/"))
            .findFirst().orElseThrow().fate(), "its first key is 1, already an option: cut and said so");
        assertEquals("callcenter sales", ((Node.Human) at(tree, menu, "5")).queue(), "an expression one key matches is those keys");
        assertEquals(List.of("2"), Digits.firstKeys("^(2\\d{3})$"));
        assertEquals(List.of("3", "4", "5"), Digits.firstKeys("^[3-5]\\d\\d$"));
        assertEquals(List.of(), Digits.firstKeys("^(1|2)\\d$"));
        assertEquals(List.of(), Digits.firstKeys("^1?2$"));
    }

    @Test void brokenEntriesAndAMenuWithoutGreetingAreDefectsInTheReport() {
        Imported imported = lower(flows(menu("", "<entry action=\"menu-top\" digits=\"1\"/>\n<entry action=\"menu-top\"/>\n")));
        assertTrue(imported.report().lines().stream().anyMatch(l -> l.fate() == Fate.CUT
            && l.exit().startsWith("defect: entry 2 (line 4) has no digits")), imported.report().lines().toString());
        assertTrue(imported.report().lines().stream().anyMatch(l -> l.fate() == Fate.CUT
            && l.exit().startsWith("defect: the menu has no greet-long")));
    }

    @Test void theIvrApplicationRunsAnotherMenuThatReturns() {
        Tree tree = treeOf("<include>\n<menu name=\"a\" greet-long=\"say:Press 1.\">\n"
            + "<entry action=\"menu-exec-app\" digits=\"1\" param=\"ivr b\"/>\n</menu>\n"
            + "<menu name=\"b\" greet-long=\"say:Press 2.\">\n<entry action=\"menu-back\" digits=\"2\"/>\n</menu>\n</include>\n");
        Node.Menu a = main(tree);
        Node.Menu b = assertInstanceOf(Node.Menu.class, at(tree, a, "1"));
        assertEquals(a.id(), at(tree, b, "2").id());
    }

    @Test void recognisesIvrMenuFilesOnly() {
        assertTrue(recognises("m.xml", TWO_MENUS));
        assertTrue(recognises("m.xml", menu("", "<entry action=\"menu-top\" digits=\"1\"/>")));
        assertTrue(recognises("m.xml", "<!-- menus -->\n<include><menu name=\"a\"><entry action=\"menu-top\" digits=\"1\">"),
            "malformed, but a menu file: its error is reported");
        assertFalse(recognises("m.json", menu("", "<entry action=\"menu-top\" digits=\"1\"/>")));
        assertFalse(recognises("v.vxml", "<?xml version=\"1.0\"?>\n<vxml version=\"2.1\"><menu id=\"m\"><choice next=\"#a\">"
            + "a</choice></menu></vxml>"));
        assertFalse(recognises("d.xml", "<include><context name=\"default\"><extension name=\"ivr\"><condition>"
            + "<action application=\"ivr\" data=\"demo_ivr\"/></condition></extension></context></include>"));
        assertFalse(recognises("s.xml", "<configuration name=\"sofia.conf\"><menus><menu name=\"a\">"
            + "<entry action=\"x\"/></menu></menus></configuration>"));
        assertFalse(recognises("e.conf", "[default]\nexten => s,1,Answer()\n"));
        String includesOnly = "<configuration name=\"ivr.conf\">\n<menus>\n<X-PRE-PROCESS cmd=\"include\" "
            + "data=\"../ivr_menus/*.xml\"/>\n</menus>\n</configuration>\n";
        assertTrue(recognises("ivr.conf.xml", includesOnly), "the stock ivr.conf.xml only includes ivr_menus/*.xml");
        assertTrue(FreeSwitchFixture.parse("ivr.conf.xml", includesOnly).flows().isEmpty());
        assertTrue(FreeSwitchFixture.parse("ivr.conf.xml", includesOnly).errors().isEmpty());
        assertEquals("freeswitch", FREESWITCH.id());
        assertEquals("FreeSWITCH", FREESWITCH.title());
    }

    @Test void noTreeOrOtherPlatformsExportIsRecognised() throws java.io.IOException {
        try (var files = java.util.stream.Stream.of(java.nio.file.Files.list(io.ivraudit.TestData.CONNECT),
                java.nio.file.Files.list(io.ivraudit.TestData.STUDIO), java.nio.file.Files.list(java.nio.file.Path.of("trees")),
                java.nio.file.Files.list(FreeSwitchFixture.REAL)).flatMap(s -> s)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertEquals(file.startsWith(FreeSwitchFixture.REAL),
                    FREESWITCH.recognises(io.ivraudit.load.ExportDocument.read(file)), file.toString());
            }
        }
    }

    private static boolean recognises(String file, String text) {
        return FREESWITCH.recognises(new io.ivraudit.load.ExportDocument(file, java.util.Optional.empty(), text, List.of()));
    }

    @Test void filesThatCannotBeReadGiveErrorsAtTheirLinesAndColumns() {
        List<String> malformed = errors("<include>\n  <menu name=\"a\" greet-long=\"x.wav\">\n    <entry action=\"menu-top\" "
            + "digits=\"1\">\n  </menu>\n</include>\n");
        assertEquals(1, malformed.size());
        assertTrue(malformed.get(0).startsWith("bad.xml:4:"), malformed.toString());
        assertTrue(malformed.get(0).endsWith("expected well-formed XML"), malformed.toString());
        assertEquals(List.of("bad.xml:2:29: a <menu> without a name; expected name=\"...\" (the dial plan's ivr application and "
            + "menu-sub entries find menus by name)"), errors("<include>\n  <menu greet-long=\"x.wav\"/>\n</include>\n"));
        assertEquals(List.of("bad.xml:3:19: a second menu named 'a'; expected menu names to be unique (FreeSWITCH finds the "
            + "first one by name)"), errors("<include>\n  <menu name=\"a\"/>\n  <menu name=\"a\"/>\n</include>\n"));
        assertEquals(List.of("bad.xml:1:7: found the element <vxml>; expected <include> or <configuration name=\"ivr.conf\"> "
            + "holding FreeSWITCH IVR menus"), errors("<vxml><menu name=\"a\"/></vxml>"));
        assertTrue(errors("<?xml version=\"1.0\"?>\n<!DOCTYPE include [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<include><menu name=\"&x;\"/></include>").get(0).contains("DOCTYPE"));
    }

    private static List<String> errors(String xml) {
        var parsed = FreeSwitchFixture.parse("bad.xml", xml);
        assertTrue(parsed.flows().isEmpty());
        return parsed.errors().stream().map(Object::toString).toList();
    }
}
