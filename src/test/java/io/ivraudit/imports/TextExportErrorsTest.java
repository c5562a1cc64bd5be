package io.ivraudit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that cannot be read says why, in the words of its own format, whatever the command. */
class TextExportErrorsTest {
    @TempDir Path dir;

    @Test void aDialPlanOverTheSizeBoundSaysSoInsteadOfBeingUnrecognised() throws IOException {
        Path huge = dir.resolve("huge.conf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(17L << 20);
        }
        for (String command : new String[] {"audit", "staff", "import"}) {
            CliRunner.Run run = CliRunner.run(command, huge.toString());
            assertEquals(2, run.exit(), command);
            assertTrue(run.err().contains(huge + ":1:1: the file is 17.8 MB; expected a flow export"), command + ": " + run.err());
        }
    }

    @Test void aMalformedYamlExportIsCalledYamlNotJson() throws IOException {
        Path bad = Files.writeString(dir.resolve("flow.yaml"), "inboundCall:\n  name: x\n  menus: [ { menu: \n");
        CliRunner.Run run = CliRunner.run("import", bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(bad + ":4:1: ") && run.err().contains("; expected valid YAML"), run.err());
    }
}
