package io.ivraudit.imports.freeswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FreeSWITCH menu files on the command line: recognised by content, --entry by menu name, errors at their positions. */
class FreeSwitchCommandLineTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test void aMalformedMenuFileIsAnInputErrorAtItsLineAndColumn() throws IOException {
        Path bad = write("ivr_menus/broken.xml", "<include>\n  <menu name=\"main\" greet-long=\"say:Hi.\">\n"
            + "    <entry action=\"menu-top\" digits=\"1\">\n  </menu>\n</include>\n");
        for (String command : new String[] {"check", "audit", "import"}) {
            CliRunner.Run run = CliRunner.run(command, bad.toString());
            assertEquals(2, run.exit(), command + ": " + run.out() + run.err());
            assertTrue(run.err().contains(bad + ":4:"), run.err());
            assertTrue(run.err().contains("expected well-formed XML"), run.err());
        }
    }

    @Test void entryPicksTheMenuCallsStartInAndAFolderIsOneIvr() throws IOException {
        write("centre/ivr.conf.xml", "<configuration name=\"ivr.conf\" description=\"IVR menus\">\n  <menus>\n"
            + "    <X-PRE-PROCESS cmd=\"include\" data=\"../ivr_menus/*.xml\"/>\n  </menus>\n</configuration>\n");
        write("centre/main.xml", FreeSwitchMenusTest.menu("greet-long=\"say:Press 1 for billing.\"",
            "<entry action=\"menu-sub\" digits=\"1\" param=\"billing\"/>\n"));
        write("centre/billing.xml", "<include>\n<menu name=\"billing\" greet-long=\"say:Press 0 for an agent.\">\n"
            + "<entry action=\"menu-exec-app\" digits=\"0\" param=\"callcenter billing@default\"/>\n</menu>\n</include>\n");
        Path out = dir.resolve("centre.yaml");
        CliRunner.Run all = CliRunner.run("import", "--out", out.toString(), dir.resolve("centre").toString());
        assertEquals(0, all.exit(), all.err());
        String tree = Files.readString(out);
        assertTrue(tree.contains("entry: main"), tree);
        assertTrue(tree.contains("queue: \"callcenter billing@default\""), tree);
        CliRunner.Run billing = CliRunner.run("import", "--entry", "billing", "--out", out.toString(),
            dir.resolve("centre").toString());
        assertEquals(0, billing.exit(), billing.err());
        assertTrue(Files.readString(out).contains("entry: billing"), Files.readString(out));
    }
}
