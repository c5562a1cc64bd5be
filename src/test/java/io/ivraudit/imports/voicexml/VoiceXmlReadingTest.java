package io.ivraudit.imports.voicexml;

import static io.ivraudit.imports.voicexml.Vxml.document;
import static io.ivraudit.imports.voicexml.Vxml.parse;
import static io.ivraudit.imports.voicexml.Vxml.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Platforms;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Recognising a VoiceXML document by its content, and refusing what is not one (or not safe to read) with its position. */
class VoiceXmlReadingTest {
    @TempDir Path dir;

    @Test void recognisesVxmlRootsInAnyNamespaceAndOnlyThem() {
        assertTrue(recognised("a.vxml", wrap("<form/>")));
        assertTrue(recognised("a.xml", "\uFEFF<!-- a comment -->\n<v:vxml xmlns:v=\"http://www.w3.org/2001/vxml\"><v:form/></v:vxml>"));
        assertTrue(recognised("a.vxml", "<?xml version=\"1.0\"?>\n<!DOCTYPE vxml PUBLIC \"-//W3C//DTD VOICEXML 2.0//EN\" "
            + "\"http://www.w3.org/TR/voicexml20/vxml.dtd\">\n<vxml version=\"2.0\"/>"), "refused later, with its position");
        assertFalse(recognised("demo_ivr.xml", "<include>\n  <menu name=\"demo_ivr\"/>\n</include>"), "a FreeSWITCH menu");
        assertFalse(recognised("page.xml", "<html><body>vxml</body></html>"));
        assertFalse(recognised("extensions.conf", "[default]\nexten => s,1,Answer()"));
        assertFalse(recognised("a.vxml", "not xml at all"));
        assertFalse(recognised("flow.json", "<vxml/>"), "read as JSON or YAML, not as text");
        assertFalse(recognised("tree.yaml", "entry: m\nnodes: {}\n"));
    }

    private static boolean recognised(String file, String text) {
        ExportDocument doc = document(file, text);
        return Vxml.PLATFORM.recognises(doc) && Platforms.of(doc).filter(p -> p instanceof VoiceXml).isPresent();
    }

    @Test void malformedXmlIsAnErrorAtItsLineAndColumn() {
        Platform.Parsed parsed = parse("bad.vxml", "<?xml version=\"1.0\"?>\n<vxml>\n  <menu id=\"m\">\n</vxml>\n");
        assertTrue(parsed.flows().isEmpty());
        LoadError error = parsed.errors().get(0);
        assertEquals("bad.vxml", error.at().file());
        assertEquals(4, error.at().line());
        assertTrue(error.at().column() >= 1);
        assertTrue(error.message().endsWith("expected well-formed XML"), error.message());
    }

    @Test void aRootThatIsNotVxmlIsAnError() {
        Platform.Parsed parsed = parse("demo_ivr.xml", "<include>\n  <menu name=\"x\"/>\n</include>\n");
        assertEquals("demo_ivr.xml:1:10: found the element <include>; expected a VoiceXML document, whose root element is <vxml>",
            parsed.errors().get(0).toString());
    }

    /** An application root document with no dialog holds nothing a call runs: no flow, and no error. */
    @Test void aDocumentWithoutDialogsHasNoFlow() {
        Platform.Parsed parsed = parse("root.vxml", wrap("<var name=\"x\" expr=\"1\"/><link dtmf=\"0\" next=\"#op\"/>"));
        assertTrue(parsed.flows().isEmpty());
        assertTrue(parsed.errors().isEmpty());
    }

    /** A DOCTYPE is refused at its position, and the file an entity names is never read. */
    @Test void aDoctypeWithAnEntityIsRefusedAndItsFileNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE vxml [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<vxml version=\"2.1\"><form id=\"f\"><block>&s;</block></form></vxml>\n";
        Platform.Parsed parsed = parse("evil.vxml", text);
        assertTrue(parsed.flows().isEmpty());
        assertEquals(1, parsed.errors().size());
        LoadError error = parsed.errors().get(0);
        assertEquals(2, error.at().line(), error.toString());
        assertTrue(error.message().contains("a DOCTYPE declaration"), error.message());
        assertFalse(error.toString().contains("TOP-SECRET"));
    }

    /** The entity's file is a named pipe nobody writes to: reading it would block, so finishing proves it is not read. */
    @Test @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anEntityNamingANamedPipeDoesNotBlock() throws Exception {
        Path pipe = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed");
        Platform.Parsed parsed = parse("pipe.vxml", "<!DOCTYPE vxml [<!ENTITY p SYSTEM \"" + pipe.toUri() + "\">]>\n"
            + "<vxml><form><block>&p;</block></form></vxml>");
        assertEquals(1, parsed.errors().get(0).at().line());
        assertTrue(parsed.errors().get(0).message().contains("DOCTYPE"));
    }

    /** An entity that is not declared (no DOCTYPE at all) is refused where it is used. */
    @Test void anUndeclaredEntityIsRefusedWhereItIsUsed() {
        Platform.Parsed parsed = parse("e.vxml", "<vxml>\n<form><block>Hello &nobody; there</block></form></vxml>");
        assertEquals(2, parsed.errors().get(0).at().line());
        assertTrue(parsed.errors().get(0).message().contains("nobody"), parsed.errors().toString());
    }

    /** A handler that throws the event it catches loops: the import ends that loop instead of recursing for ever. */
    @Test void aHandlerThrowingWhatItCatchesIsALoopNotARecursion() {
        Platform.Parsed parsed = parse("loop.vxml", wrap("""
            <catch event="com.example.again"><prompt>Again.</prompt><throw event="com.example.again"/></catch>
            <form id="f"><block><throw event="com.example.again"/></block></form>"""));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        Vxml.tree(Vxml.lower(parsed.flows().get(0)));
    }

    /** Thousands of statements in one block are read as a loop, not a recursion per statement. */
    @Test void longStatementListsParse() {
        Platform.Parsed parsed = parse("long.vxml", wrap("<form id=\"f\"><block>"
            + "<if cond=\"x\"><prompt>a</prompt></if><foo/>".repeat(5000) + "</block></form>"));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertTrue(parsed.flows().get(0).blocks().size() > 10000);
    }

    @Test void flowNamesAreTheFileNameAndItsFirstDialog() {
        Platform.Parsed parsed = parse("ivr/menus/main.vxml", wrap("<menu id=\"top\"><choice dtmf=\"1\" next=\"#top\"/></menu>"));
        assertEquals("main.vxml", parsed.flows().get(0).name());
        assertEquals(List.of("main.vxml", "main.vxml#top"), parsed.flows().get(0).names().stream().sorted().toList());
        assertEquals("top", parsed.flows().get(0).entry());
    }
}
