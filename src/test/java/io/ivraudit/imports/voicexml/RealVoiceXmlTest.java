package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.voicexml.Vxml.goTo;
import static io.ivraudit.imports.voicexml.Vxml.line;
import static io.ivraudit.imports.voicexml.Vxml.lower;
import static io.ivraudit.imports.voicexml.Vxml.menu;
import static io.ivraudit.imports.voicexml.Vxml.node;
import static io.ivraudit.imports.voicexml.Vxml.nodes;
import static io.ivraudit.imports.voicexml.Vxml.real;
import static io.ivraudit.imports.voicexml.Vxml.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.audit.Auditor;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
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
 * The real VoiceXML documents (src/test/resources/flows/voicexml, see SOURCES.md), each imported
 * and checked against what was read by hand in the file: its menu, keys, people, and what a wrong
 * key and silence do. Facts are in the comments above each test.
 */
class RealVoiceXmlTest {
    private static final String DIALOGIC = "Dialogic__dialogic-vxml-netann__VoiceMail.vxml";
    private static final String OPAL_TEST = "joegen__opalvoip-opal__test.vxml";
    private static final String OPAL_SERVER = "joegen__opalvoip-opal__main_menu.vxml";

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(Vxml.REAL)) {
            return files.filter(p -> p.toString().endsWith(".vxml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest @MethodSource("documents")
    void everyDocumentIsRecognisedParsesLowersLoadsAuditsAndReportsEveryExitItReaches(Path file) {
        assertTrue(Vxml.PLATFORM.recognises(ExportDocument.read(file)));
        Flow flow = real(file.getFileName().toString());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertEquals(List.of(), ReportWalk.walk(List.of(flow), flow, imported.report()).unreported());
        assertEquals(flow.blocks().size(), imported.report().blocksRead());
        assertTrue(flow.names().contains(file.getFileName().toString()), "linked to by its file name");
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    /**
     * Dialogic's voice-mail demo. Checked by hand in the file: one menu, main_menu (dtmf="false"),
     * whose prompt is only main_menu.wav (no text: its words are unknown), with keys 1 (play
     * greeting.wav, back to the menu), 2 (record a message: replay it and go back; silence plays
     * nomatch.wav and goes back) and 3 (goodbye.wav, then the document ends: the call ends). A wrong
     * key and silence both play nomatch.wav and go to #main_menu, which re-enters the menu and
     * resets its counters: it repeats for ever. No transfer: no person.
     */
    @Test void dialogicVoiceMail() {
        Imported imported = lower(real(DIALOGIC));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, tree.entry());
        assertEquals("main-menu", menu.id());
        assertNull(menu.sayText(), "main_menu.wav has no text inside");
        assertEquals(List.of("1", "2", "3"), menu.options().stream().map(Option::key).toList());
        assertTrue(menu.options().stream().allMatch(o -> o.phrase() == null), "the choices have no text");
        assertTrue(menu.options().stream().noneMatch(Option::hidden), "what the recording announces is unknown");
        assertNull(menu.timeoutSeconds());
        Node.Message greeting = assertInstanceOf(Node.Message.class, goTo(tree, menu, "1"));
        assertEquals(menu.id(), greeting.next());
        Node.Message record = assertInstanceOf(Node.Message.class, goTo(tree, menu, "2"));
        Node.Branch recorded = node(tree, record.next(), Node.Branch.class);
        assertEquals(List.of(menu.id(), menu.id()), recorded.branches().stream()
            .map(arm -> node(tree, arm.goTo(), Node.Message.class).next()).toList(), "replayed, or nomatch.wav: back to the menu");
        Node.Message goodbye = assertInstanceOf(Node.Message.class, goTo(tree, menu, "3"));
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(goodbye.next()), "the document ends after goodbye.wav");
        assertEquals(Fate.MAPPED, line(imported, "goodbye", "next (the document ends)").fate());
        Node.Message wrong = node(tree, menu.invalidTarget(), Node.Message.class);
        assertEquals(menu.id(), wrong.next(), "nomatch.wav, then the menu again");
        assertEquals(menu.id(), node(tree, menu.timeoutTarget(), Node.Message.class).next());
        assertTrue(nodes(tree, Node.Human.class).isEmpty());
        assertNull(((Step.Ask) real(DIALOGIC).blocks().get("main_menu").step()).tries(), "goto #main_menu resets the count");
        assertEquals(Fate.GUESSED, line(imported, "record_message", "").fate(), "recording a message is data entry");
    }

    /**
     * OPAL's IVR sample (test.vxml). Checked by hand: menu MainMenu says "Welcome to the OPAL I V R
     * example." (the text inside menu_prompt.wav's audio) and waits 30 s (property timeout). Keys
     * 1 (PlayFile: ogm.wav twice, then expritem application.TestGoto, a document variable set once
     * to 'MainMenu'), 2 (RecordFile: "Please leave a message.", then "Message recorded.", back), 3
     * (DoTransfer: 1 to 5 digits in OPAL's own grammar, then a transfer to sip:{digits}@ekiga.net),
     * 4 (GetOperator: "Please wait while we transfer you to the first available operator.", a blind
     * transfer to sip:500@ekiga.net: the one person) and 0 (HangUp: "Good bye.", disconnect). Each
     * choice's text ("Press 1 to play an announcement") is its speech grammar, not a prompt, and
     * nothing enumerates it: every key is unannounced. A wrong key says "Please enter 1 to 4 or 0."
     * and goes back to MainMenu (nextitem naming the menu; for ever); silence says "Nothing entered,
     * disconnecting." and hangs up.
     */
    @Test void opalTestMenu() {
        Imported imported = lower(real(OPAL_TEST));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, tree.entry());
        assertEquals("Welcome to the OPAL I V R example.", menu.sayText());
        assertEquals(30.0, menu.timeoutSeconds());
        assertEquals(List.of("1", "2", "3", "4", "0"), menu.options().stream().map(Option::key).toList());
        assertEquals("press 4 to speak to an operator", menu.options().get(3).phrase());
        assertTrue(menu.options().stream().allMatch(Option::hidden), "the choices' texts are grammars, never said");
        assertEquals(menu.id(), node(tree, goTo(tree, menu, "1").id(), Node.Message.class).next(),
            "expritem application.TestGoto is 'MainMenu'");
        Node.Message leave = assertInstanceOf(Node.Message.class, goTo(tree, menu, "2"));
        assertEquals("Please leave a message.", leave.sayText());
        Node.Message digits = assertInstanceOf(Node.Message.class, goTo(tree, menu, "3"));
        assertEquals("Please enter the number of the person you wish to connect to.", digits.sayText());
        Node.Handoff dial = nodes(tree, Node.Handoff.class).get(0);
        assertEquals("sip:{enteredDigits}@ekiga.net", dial.address(), "the caller's digits: a forward, not a queue");
        Node.Message wait = assertInstanceOf(Node.Message.class, goTo(tree, menu, "4"));
        assertEquals("Please wait while we transfer you to the first available operator.", wait.sayText());
        Node.Human operator = node(tree, wait.next(), Node.Human.class);
        assertEquals("sip:500@ekiga.net", operator.queue());
        assertEquals(List.of(operator), nodes(tree, Node.Human.class));
        assertEquals("Good bye.", assertInstanceOf(Node.Hangup.class, goTo(tree, menu, "0")).sayText());
        Node.Message wrong = node(tree, menu.invalidTarget(), Node.Message.class);
        assertEquals("Please enter 1 to 4 or 0.", wrong.sayText());
        assertEquals(menu.id(), wrong.next());
        assertEquals("Nothing entered, disconnecting.", node(tree, menu.timeoutTarget(), Node.Hangup.class).sayText());
        assertEquals(Fate.CUT, line(imported, "GetOperator.transfer-2.connect", "error (the transfer fails (error))").fate());
    }

    /**
     * OPAL's server sample (main_menu.vxml). Checked by hand: MainMenu says "Welcome to the OPAL I
     * V R and conference server.", waits 30 s, keys 1 (Conference: digits, then a transfer to
     * mcu:{digits}, a conference bridge, no person), 2 (PlayFile), 3 (PlayIP: "Your I P address is"
     * and the address), 4 (RecordFile), 5 (PlayRecording) and 0 (HangUp: "Good bye."), all
     * unannounced for the same reason as test.vxml; a wrong key says "Please enter 1 to 5 or 0."
     * and repeats the menu; silence says "Nothing entered, disconnecting." and hangs up. No person.
     */
    @Test void opalServerMenu() {
        Imported imported = lower(real(OPAL_SERVER));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, tree.entry());
        assertEquals("Welcome to the OPAL I V R and conference server.", menu.sayText());
        assertEquals(List.of("1", "2", "3", "4", "5", "0"), menu.options().stream().map(Option::key).toList());
        assertTrue(menu.options().stream().allMatch(Option::hidden));
        assertTrue(nodes(tree, Node.Human.class).isEmpty(), "the only transfer is to a conference bridge");
        assertEquals(List.of("mcu:{enteredDigits}"), nodes(tree, Node.Handoff.class).stream().map(Node.Handoff::address).toList());
        Node.Message ip = assertInstanceOf(Node.Message.class, goTo(tree, menu, "3"));
        assertEquals("Your I P address is {session.connection.remote.ip}", ip.sayText());
        assertEquals(menu.id(), ip.next());
        for (String key : List.of("2", "4", "5")) {
            assertInstanceOf(Node.Message.class, goTo(tree, menu, key));
        }
        assertEquals("Good bye.", assertInstanceOf(Node.Hangup.class, goTo(tree, menu, "0")).sayText());
        Node.Message wrong = node(tree, menu.invalidTarget(), Node.Message.class);
        assertEquals("Please enter 1 to 5 or 0.", wrong.sayText());
        assertEquals(menu.id(), wrong.next());
        assertEquals("Nothing entered, disconnecting.", node(tree, menu.timeoutTarget(), Node.Hangup.class).sayText());
        assertTrue(line(imported, "Conference.enteredDigits", "").detail().contains("X-OPAL/digits"),
            "the field's grammar cannot be listed: data entry, and the report says which grammar");
    }

    /** The two OPAL documents are separate applications: imported together, calls start in the first given. */
    @Test void twoDocumentsImportTogether() {
        Flow test = real(OPAL_TEST);
        Flow server = real(OPAL_SERVER);
        Imported imported = lower(List.of(test, server), null);
        assertEquals(OPAL_TEST, tree(imported).title());
        Imported chosen = lower(List.of(test, server), OPAL_SERVER);
        assertEquals(OPAL_SERVER, tree(chosen).title());
    }
}
