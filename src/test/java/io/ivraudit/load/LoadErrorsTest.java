package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One example per kind of load error: the message, its line and its column. */
class LoadErrorsTest {
    private static final String VALID_TAIL = """
        intents:
          billing: { weight: 1, resolved_by: [agent] }
        """;

    @TempDir Path dir;

    private static List<LoadError> errors(String yaml) {
        LoadResult result = TreeLoader.load("t.yaml", yaml);
        assertTrue(result.tree().isEmpty(), "expected the tree to be rejected");
        return result.errors();
    }

    private static void assertOnly(String yaml, int line, int column, String message) {
        List<LoadError> errors = errors(yaml);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        assertEquals("t.yaml:" + line + ":" + column + ": " + message, errors.get(0).toString());
    }

    @Test void unknownKeyNamesTheNearestKnownOne() {
        assertOnly(VALID_TAIL + """
            entry: agent
            nodes:
              agent: { type: human, hold_secs: 30 }
            """, 5, 25, "node 'agent': unknown key 'hold_secs' (did you mean 'hold_seconds'?); "
            + "expected one of hold_seconds, queue, skills, type");
    }

    @Test void unknownTopLevelKey() {
        assertOnly(VALID_TAIL + """
            entri: agent
            entry: agent
            nodes:
              agent: { type: human }
            """, 3, 1, "unknown key 'entri' (did you mean 'entry'?); "
            + "expected one of addresses, caller, costs, day, entry, intents, nodes, queues, service, title, tree");
    }

    @Test void duplicateKeyPointsAtTheSecond() {
        assertOnly(VALID_TAIL + """
            entry: agent
            nodes:
              agent: { type: human }
              agent: { type: hangup }
            """, 6, 3, "nodes: duplicate key 'agent' (first at line 5); expected each key once");
    }

    @Test void wrongTypeSaysWhatWasFound() {
        assertOnly(VALID_TAIL + """
            entry: agent
            nodes:
              agent: { type: human, hold_seconds: soon }
            """, 5, 39, "node 'agent': hold_seconds is 'soon'; expected a number");
    }

    @Test void commaInsideFlowMappingGetsAHint() {
        List<LoadError> errors = errors(VALID_TAIL + """
            entry: m
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, say: For billing, press 1., goto: agent }
              agent: { type: human }
            """);
        assertEquals("t.yaml:8:37: node 'm': unknown key 'press 1.' (a comma inside { } ends a value: "
            + "put text that has commas in quotes); expected one of goto, hidden, intents, key, phrase, say",
            errors.get(0).toString());
    }

    @Test void badDtmfKeys() {
        List<LoadError> errors = errors(VALID_TAIL + """
            entry: m
            nodes:
              m:
                type: menu
                options:
                  - { key: 08, goto: agent }
                  - { key: no, goto: agent }
                  - { key: 12, goto: agent }
                  - { key: "*", goto: agent }
                  - { key: 3, goto: agent }
              agent: { type: human }
            """);
        assertEquals(List.of(
            "t.yaml:8:16: node 'm': key is '08', which is not one key; expected one DTMF key: 0-9, \"*\" or \"#\"",
            "t.yaml:9:16: node 'm': key is 'no' (read by YAML as a yes/no value); expected one DTMF key: 0-9, \"*\" or \"#\"",
            "t.yaml:10:16: node 'm': key is the number 12; expected one DTMF key: 0-9, \"*\" or \"#\""),
            errors.stream().map(LoadError::toString).toList());
    }

    @Test void duplicateKeyInAMenu() {
        assertOnly(VALID_TAIL + """
            entry: m
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, goto: agent }
                  - { key: "1", goto: agent }
              agent: { type: human }
            """, 9, 16, "node 'm': key '1' is used twice in this menu (first at line 8); expected each once");
    }

    @Test void danglingGotoSuggestsTheNode() {
        assertOnly(VALID_TAIL + """
            entry: m
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, goto: agnet }
              agent: { type: human }
            """, 8, 25, "node 'm': goto 'agnet' is not a node (did you mean 'agent'?); "
            + "expected the id of a node declared under 'nodes'");
    }

    @Test void everyKindOfReferenceIsChecked() {
        List<LoadError> errors = errors("""
            entry: start
            intents:
              billing: { weight: 1, resolved_by: [nowhere] }
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, goto: h, intents: [biling] }
                on_invalid: void
              h: { type: human, skills: [sales] }
              s: { type: self_service, next: gone }
              msg: { type: message, next: gone }
              off: { type: handoff, address: help@x.example }
              b: { type: branch, branches: [ { share: 1, goto: lost } ] }
            """);
        assertEquals(List.of("1:8 entry", "3:39 resolved_by", "8:38 intents", "9:17 on_invalid",
                "10:30 skills", "11:34 next", "12:31 next", "13:34 address", "14:52 goto"),
            errors.stream().map(e -> e.at().line() + ":" + e.at().column() + " "
                + e.message().replaceFirst("^(node '[^']*': |intent '[^']*': )", "").split(" ")[0]).toList());
    }

    @Test void emptyMenu() {
        assertOnly(VALID_TAIL + """
            entry: agent
            nodes:
              m: { type: menu, options: [] }
              agent: { type: human }
            """, 5, 29, "node 'm': options is empty; expected at least one option");
    }

    @Test void optionWithoutKeyOrPhrase() {
        assertOnly(VALID_TAIL + """
            entry: m
            nodes:
              m: { type: menu, options: [ { say: Hello, goto: agent } ] }
              agent: { type: human }
            """, 5, 31, "node 'm': an option has neither 'key' nor 'phrase'; "
            + "expected a key to press, a phrase to say, or both");
    }

    @Test void sharesThatDoNotSumToOne() {
        assertOnly(VALID_TAIL + """
            entry: hours
            nodes:
              hours: { type: branch, branches: [ { share: 0.7, goto: agent }, { share: 0.2, goto: agent } ] }
              agent: { type: human }
            """, 5, 36, "node 'hours': branch shares sum to 0.9; expected them to sum to 1");
    }

    @Test void loopWithoutAKeyPress() {
        assertOnly(VALID_TAIL + """
            entry: a
            nodes:
              a: { type: message, next: b }
              b: { type: branch, branches: [ { share: 0.5, goto: a }, { share: 0.5, goto: agent } ] }
              agent: { type: human }
            """, 5, 3, "nodes 'a', 'b' form a loop of messages, branches and self-service steps: a caller "
            + "would go round without pressing a key; expected a menu, person, handoff or hangup in the loop");
    }

    @Test void missingRequiredKeys() {
        assertEquals(List.of(
                "t.yaml:1:1: missing key 'entry'; expected it here",
                "t.yaml:1:1: missing key 'intents'; expected it here",
                "t.yaml:3:6: node 'm': missing key 'options'; expected it here"),
            errors("""
                nodes:
                  m:
                     type: menu
                """).stream().map(LoadError::toString).toList());
    }

    @Test void unknownNodeType() {
        assertOnly(VALID_TAIL + """
            entry: agent
            nodes:
              agent: { type: humam }
            """, 5, 18, "node 'agent': type is 'humam' (did you mean 'human'?); "
            + "expected one of menu, human, self_service, message, handoff, hangup, branch");
    }

    @Test void addressNeedsRepliesUnlessPhone() {
        assertOnly(VALID_TAIL + """
            entry: agent
            addresses:
              help@x.example: { channel: email }
            nodes:
              agent: { type: human }
            """, 5, 19, "address 'help@x.example': missing key 'replies'; "
            + "expected monitored, unmonitored or none for a email address");
    }

    @Test void callerShareOutOfRange() {
        assertOnly("""
            entry: agent
            caller: { savvy: 1.5 }
            intents:
              billing: { weight: 1, resolved_by: [agent] }
            nodes:
              agent: { type: human }
            """, 2, 18, "caller: savvy is 1.5; expected a number from 0 to 1");
    }

    @Test void lostCallerSharesAboveOne() {
        assertOnly("""
            entry: agent
            caller: { zero_out: 0.7 }
            intents:
              billing: { weight: 1, resolved_by: [agent], give_up: 0.5 }
            nodes:
              agent: { type: human }
            """, 4, 3, "intent 'billing': zero_out 0.7 plus give_up 0.5 plus wait_out 0.1 is more than 1; "
                + "expected the shares of lost callers to sum to at most 1");
        assertOnly("""
            entry: agent
            caller: { zero_out: 0.5, give_up: 0.3, wait_out: 0.25 }
            intents:
              billing: { weight: 1, resolved_by: [agent] }
            nodes:
              agent: { type: human }
            """, 4, 3, "intent 'billing': zero_out 0.5 plus give_up 0.3 plus wait_out 0.25 is more than 1; "
                + "expected the shares of lost callers to sum to at most 1");
    }

    @Test void allErrorsOfAFileComeInOneRun() {
        assertEquals(3, errors(VALID_TAIL + """
            entry: nowhere
            nodes:
              agent: { type: human, hold_seconds: -1, colour: red }
            """).size());
    }

    @Test void tagsThatBuildObjectsAreRefused() {
        assertOnly("entry: !!javax.script.ScriptEngineManager [x]\n", 1, 8,
            "Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager; "
                + "expected plain YAML without tags");
    }

    @Test void localTagsAreRefused() {
        assertOnly(VALID_TAIL + """
            entry: !thing agent
            nodes:
              agent: { type: human }
            """, 3, 8, "entry is a value tagged !thing; expected text");
    }

    @Test void aliasBombIsStoppedAtTheAliasPastTheLimit() {
        assertOnly("""
            a: &a [x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            """, 4, 16, "more than 20 aliases (*name) to lists or mappings; expected at most 20");
    }

    @Test void deepNestingIsStopped() {
        assertOnly("entry: " + "[".repeat(5000) + "]".repeat(5000) + "\n", 1, 47,
            "lists and mappings nest deeper than 40 levels; expected a phone tree (a mapping with 'entry' and 'nodes')");
    }

    @Test void tabsForIndentation() {
        assertOnly("entry: a\nnodes:\n\ta: { type: human }\n", 3, 1,
            "a tab character; expected spaces for indentation (YAML forbids tabs there)");
    }

    @Test void severalDocuments() {
        assertOnly("entry: a\n---\nentry: b\n", 3, 1, "a second YAML document starts here; expected one document per file");
    }

    @Test void emptyFile() {
        assertOnly("# only a comment\n", 1, 1,
            "the file has no YAML content; expected a phone tree (a mapping with 'entry' and 'nodes')");
    }

    @Test void jsonArrayAtTheTop() {
        assertOnly("[1, 2, 3]\n", 1, 1, "found a list; expected a mapping with keys addresses, caller, "
            + "costs, day, entry, intents, nodes, queues, service, title, tree");
    }

    @Test void syntaxErrorKeepsSnakeYamlsPosition() {
        List<LoadError> errors = errors("entry: [a\n");
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).at().line());
        assertTrue(errors.get(0).message().endsWith("; expected valid YAML"), errors.get(0).message());
    }

    @Test void controlCharacter() {
        assertOnly("entry: a\u0000b\n", 1, 9, "character U+0000 is not allowed in YAML; expected printable text");
    }

    @Test void missingFile() {
        LoadResult result = TreeLoader.load(dir.resolve("nope.yaml"));
        assertEquals(dir.resolve("nope.yaml") + ":1:1: no such file; expected a path to a tree file (.yaml)",
            result.errors().get(0).toString());
    }

    @Test void directory() {
        assertEquals(dir + ":1:1: is a directory; expected a tree file (.yaml)",
            TreeLoader.load(dir).errors().get(0).toString());
    }

    @Test void invalidUtf8PointsAtTheByte() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "entry: a\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(file + ":2:11: byte 0xE9 is not valid UTF-8; expected a file saved as UTF-8",
            TreeLoader.load(file).errors().get(0).toString());
    }

    @Test void byteOrderMarkIsAccepted() throws IOException {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, ("\uFEFF" + VALID_TAIL + "entry: agent\nnodes:\n  agent: { type: human }\n")
            .getBytes(StandardCharsets.UTF_8));
        assertTrue(TreeLoader.load(file).ok(), () -> TreeLoader.load(file).errors().toString());
    }

    @Test void hugeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(60L * 1000 * 1000 - 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        assertEquals(file + ":1:1: the file is 60.0 MB; expected a tree file (.yaml) of at most 16 MB",
            TreeLoader.load(file).errors().get(0).toString());
    }

    @Test void treeIdDefaultsToTheFileName() {
        LoadResult result = TreeLoader.load("dir/acme.yaml", VALID_TAIL + "entry: agent\nnodes:\n  agent: { type: human }\n");
        assertEquals("acme", result.tree().orElseThrow().id());
    }
}
