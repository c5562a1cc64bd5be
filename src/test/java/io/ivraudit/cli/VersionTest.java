package io.ivraudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code --version} prints the version the build was made from, also when not run from the jar. */
class VersionTest {
    /** The project's own version, as pom.xml declares it. */
    private static String pomVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (var child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml declares no version");
    }

    @Test void versionIsThePomsVersion() throws Exception {
        String version = pomVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
        CliRunner.Run run = CliRunner.run("--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("ivr-audit " + version + "\n", run.out().replace("\r\n", "\n"));
        assertEquals(version, Version.number());
    }

    @Test void everyCommandPrintsTheSameVersion() {
        String top = CliRunner.run("--version").out();
        for (String command : new String[] {"audit", "check", "import", "simulate"}) {
            assertEquals(top, CliRunner.run(command, "--version").out(), command);
        }
    }
}
