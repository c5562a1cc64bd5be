package io.ivraudit.cli;

import io.ivraudit.CliRunner;
import io.ivraudit.SpecExample;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Platforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, stdout, stderr, files written or not. */
class CliTest {
    @TempDir Path dir;

    static CliRunner.Run run(String... args) {
        return CliRunner.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test void validateEverySampleTree() throws IOException {
        try (var files = Files.list(Path.of("trees"))) {
            String[] args = files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted()
                .toArray(String[]::new);
            CliRunner.Run run = run(prepend("validate", args));
            assertEquals(0, run.exit(), run.out() + run.err());
            assertEquals(args.length, run.out().lines().filter(l -> l.contains(": ok: tree '")).count());
        }
    }

    @Test void validateReportsEveryErrorAndExits2() throws IOException {
        Path bad = write("bad.yaml", "entry: m\nintents: { x: { weight: 1, resolved_by: [] } }\n"
            + "nodes:\n  m: { type: menu, options: [ { key: 1, goto: nowhere } ], colour: red }\n");
        CliRunner.Run run = run("validate", bad.toString());
        assertEquals(2, run.exit());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains(bad + ":4:47: node 'm': goto 'nowhere' is not a node"), run.out());
        assertTrue(run.out().contains(bad + ":4:60: node 'm': unknown key 'colour'"), run.out());
    }

    @Test void aJsonFileThatIsNoExportNorTreeSaysWhatItWasTakenFor() throws IOException {
        Path unknown = write("export.json", "{\"Version\": \"2019-10-30\", \"Metadata\": {}}\n");
        CliRunner.Run run = run("audit", unknown.toString());
        assertEquals(2, run.exit());
        assertEquals(unknown + ":1:1: found a JSON object with keys Version, Metadata, which is neither an export of "
            + String.join(" or ", Platforms.all().stream().map(Platform::title).toList())
            + " nor a tree (no entry and nodes); expected one of those\n",
            run.err().replace(System.lineSeparator(), "\n"));
        Path broken = write("broken.json", "{\"Actions\": [ {\"Type\": 1 \n");
        CliRunner.Run syntax = run("audit", broken.toString());
        assertEquals(2, syntax.exit());
        assertTrue(syntax.err().startsWith(broken + ":2:1: "), syntax.err());
        assertTrue(syntax.err().contains("expected valid JSON"), syntax.err());
        assertFalse(syntax.err().contains("YAML"), syntax.err());
    }

    @Test void countsAgreeWithTheirNouns() throws IOException {
        Path one = write("one.yaml", "entry: m\nintents: { x: { weight: 1, resolved_by: [agent] } }\n"
            + "nodes:\n  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n  agent: { type: human }\n");
        CliRunner.Run run = run("validate", one.toString());
        assertTrue(run.out().contains(": ok: tree 'one', 2 nodes (1 menu), 1 intent, 0 addresses"), run.out());
    }

    @Test void validateJsonListsErrorsAsObjects() throws IOException {
        Path bad = write("bad.yaml", "entry: m\n");
        CliRunner.Run run = run("validate", "--format", "json", bad.toString(), SpecExample.YAML.toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("\"valid\": false"), run.out());
        assertTrue(run.out().contains("\"line\": 1,\n          \"column\": 1,\n          \"message\": \"missing key 'intents'; expected it here\""), run.out());
        assertTrue(run.out().contains("\"tree\": \"acme-telecom\""), run.out());
    }

    @Test void graphWritesTheFileWhole() throws IOException {
        Path out = dir.resolve("acme.mmd");
        CliRunner.Run run = run("graph", "--format", "mermaid", "--out", out.toString(), SpecExample.YAML.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("flowchart LR\n"));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test void graphRendersEverySampleTreeInBothFormats() throws IOException {
        try (var files = Files.list(Path.of("trees"))) {
            for (Path tree : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                CliRunner.Run dot = run("graph", tree.toString());
                assertEquals(0, dot.exit(), dot.err());
                assertTrue(dot.out().contains("  start -> n"), tree.toString());
                assertTrue(dot.out().contains("person, hold"), tree + " has a person");
                CliRunner.Run mermaid = run("graph", "--format", "mermaid", tree.toString());
                assertEquals(0, mermaid.exit(), mermaid.err());
                assertTrue(mermaid.out().contains("start((start)) --> n"), tree.toString());
            }
        }
    }

    @Test void badInputLeavesNoOutputFile() throws IOException {
        Path bad = write("bad.yaml", "entry: [\n");
        Path out = dir.resolve("bad.dot");
        CliRunner.Run run = run("graph", "--out", out.toString(), bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(bad + ":2:1: "), run.err());
        assertFalse(Files.exists(out));
    }

    @Test void outInAMissingFolderIsBadInput() {
        CliRunner.Run run = run("graph", "--out", dir.resolve("no/such/dir/x.dot").toString(),
            SpecExample.YAML.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("does not exist; expected --out in an existing folder"), run.err());
    }

    @Test void usageErrorsExit2WithoutAStackTrace() {
        CliRunner.Run unknownOption = run("validate", "--colour", "x.yaml");
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.err().startsWith("Unknown option: '--colour'"), unknownOption.err());
        CliRunner.Run badFormat = run("graph", "--format", "png", "x.yaml");
        assertEquals(2, badFormat.exit());
        assertFalse(badFormat.err().contains("at io.ivraudit"), badFormat.err());
        assertEquals(2, run().exit());
    }

    @Test void versionAndHelpOnEveryCommand() {
        for (String command : new String[] {"validate", "graph"}) {
            CliRunner.Run version = run(command, "--version");
            assertEquals(0, version.exit());
            assertTrue(version.out().startsWith("ivr-audit "), version.out());
            CliRunner.Run help = run(command, "--help");
            assertEquals(0, help.exit());
            assertTrue(help.out().contains("Usage: ivr-audit " + command), help.out());
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
