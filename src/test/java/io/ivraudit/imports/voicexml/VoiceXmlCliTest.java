package io.ivraudit.imports.voicexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VoiceXML through the command line: imported, audited directly, and refused with a position when malformed. */
class VoiceXmlCliTest {
    private static final String DIALOGIC = Vxml.REAL.resolve("Dialogic__dialogic-vxml-netann__VoiceMail.vxml").toString();
    private static final String OPAL = Vxml.REAL.resolve("joegen__opalvoip-opal__test.vxml").toString();

    @TempDir Path dir;

    /** Code scanning refuses a result without a file or at line 0: the importer's own hang-up sits at the file's start. */
    @Test void sarifOfAnImportedDocumentPointsEveryResultIntoTheFile() {
        CliRunner.Run run = CliRunner.run("check", "--format", "sarif", DIALOGIC);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("\"ruleId\": \"dead-end\""), run.out());
        assertTrue(!run.out().contains("\"startLine\": 0") && !run.out().contains("\"uri\": \"\""), run.out());
    }

    @Test void importRecognisesADocumentAndWritesATreeThatValidates() throws IOException {
        Path out = dir.resolve("voicemail.yaml");
        CliRunner.Run run = CliRunner.run("import", "--out", out.toString(), DIALOGIC);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("8 blocks read, 8 reachable from the entry"), run.err());
        assertEquals(0, CliRunner.run("validate", out.toString()).exit());
        CliRunner.Run forced = CliRunner.run("import", "--from", "voicexml", "--out", out.toString(), OPAL);
        assertEquals(0, forced.exit(), forced.err());
    }

    @Test void checkAndAuditTakeADocumentDirectly() {
        CliRunner.Run check = CliRunner.run("check", OPAL);
        assertTrue(check.exit() == 0 || check.exit() == 1, check.err());
        assertTrue(check.out().contains(OPAL), check.out());
        CliRunner.Run audit = CliRunner.run("audit", OPAL);
        assertEquals(0, audit.exit(), audit.err());
    }

    @Test void aFolderOfDocumentsImportsAsOneCentre() throws IOException {
        Path centre = Files.createDirectories(dir.resolve("centre"));
        Files.writeString(centre.resolve("main.vxml"), Vxml.wrap("""
            <menu id="m"><prompt>Press 1 for billing.</prompt><choice dtmf="1" next="billing.vxml"/></menu>"""));
        Files.writeString(centre.resolve("billing.vxml"), Vxml.wrap("""
            <form id="b"><transfer dest="tel:+15550100"><prompt>Connecting you to a billing agent.</prompt></transfer></form>"""));
        CliRunner.Run run = CliRunner.run("import", centre.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("entry: m"), run.out());
        assertTrue(run.out().contains("type: human"), run.out());
    }

    @Test void aMalformedDocumentExits2WithItsLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.vxml"), "<?xml version=\"1.0\"?>\n<vxml>\n  <menu id=\"m\">\n</vxml>\n");
        for (String command : new String[] {"import", "check", "audit"}) {
            CliRunner.Run run = CliRunner.run(command, bad.toString());
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertTrue(run.err().matches("(?s).*" + java.util.regex.Pattern.quote(bad.toString()) + ":4:\\d+: .*expected well-formed XML.*"),
                run.err());
        }
    }

    @Test void aDoctypeIsRefusedWithItsPosition() throws IOException {
        Path evil = Files.writeString(dir.resolve("evil.vxml"), "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE vxml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<vxml><form><block>&x;</block></form></vxml>\n");
        CliRunner.Run run = CliRunner.run("import", evil.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(evil + ":2:"), run.err());
        assertTrue(run.err().contains("a DOCTYPE declaration with an internal subset; expected XML without one"), run.err());
        assertTrue(!run.err().contains("root:"), run.err());
    }
}
