package io.ivraudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivraudit.CliRunner;
import io.ivraudit.text.Printable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Any text a tree may hold, put in any text field, comes out of every renderer and every error
 * message without a raw control character and without starting a line of its own: a tree cannot
 * forge a {@code file:line:column} problem or a "check passed" line, nor send a terminal escapes.
 */
class HostileTextProperties {
    /** Follows a newline in every hostile string: a line starting with it was forged. */
    private static final String FORGED = "ZQZQ check passed";

    private static final String TEMPLATE = """
        tree: T_ID
        title: T_TITLE
        entry: MENU
        intents:
          INTENT: { weight: 3, resolved_by: [AGENT] }
          other: { weight: 1, resolved_by: [info] }
        addresses:
          ADDR: { channel: email, replies: none }
        nodes:
          MENU:
            type: menu
            say: MENU_SAY
            options:
              - { key: "1", phrase: PHRASE, say: OPT_SAY, intents: [INTENT], goto: AGENT }
              - { key: "2", say: "For news press 2.", intents: [other], goto: info }
              - { key: "3", say: "Write to us.", goto: mail }
          AGENT: { type: human, queue: QUEUE, hold_seconds: 30 }
          info: { type: message, say: MSG_SAY, next: bye }
          mail: { type: handoff, address: ADDR }
          bye: { type: hangup }
        """;

    private static final Map<String, String> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put("T_TITLE", "Hostile line");
        PLAIN.put("T_ID", "hostile");
        PLAIN.put("MENU_SAY", "Welcome.");
        PLAIN.put("MENU", "main");
        PLAIN.put("INTENT", "billing");
        PLAIN.put("ADDR", "noreply@example.com");
        PLAIN.put("PHRASE", "billing");
        PLAIN.put("OPT_SAY", "For billing press 1.");
        PLAIN.put("AGENT", "agent");
        PLAIN.put("QUEUE", "general");
        PLAIN.put("MSG_SAY", "News.");
    }

    private Path dir;

    @BeforeTry void makeFolder() throws IOException {
        dir = Files.createTempDirectory("hostile");
    }

    @AfterTry void removeFolder() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 30)
    void everyRendererKeepsTreeTextOnItsLine(@ForAll("fields") String field, @ForAll("hostile") String text)
            throws Exception {
        Path tree = dir.resolve("tree.yaml");
        Files.writeString(tree, treeWith(field, text));
        String file = tree.toString();
        CliRunner.Run validate = CliRunner.run("validate", file);
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        List<CliRunner.Run> runs = new ArrayList<>(List.of(validate,
            CliRunner.run("audit", "--exact", file),
            CliRunner.run("audit", "--exact", "--format", "markdown", file),
            CliRunner.run("audit", "--exact", "--format", "html", file),
            CliRunner.run("check", file),
            CliRunner.run("simulate", "--exact", file),
            CliRunner.run("simulate", "--callers", "2000", file),
            CliRunner.run("graph", file),
            CliRunner.run("graph", "--format", "mermaid", file),
            CliRunner.run("rank", "--suggest", file)));
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, treeWith("T_TITLE", "Hostile line"));
        runs.add(CliRunner.run("diff", base.toString(), file));
        for (CliRunner.Run run : runs) {
            assertKeptOnItsLine(run.out());
            assertKeptOnItsLine(run.err());
        }
        for (String format : List.of("json", "sarif")) {
            CliRunner.Run json = CliRunner.run("check", "--format", format, file);
            assertKeptOnItsLine(json.out());
            new ObjectMapper().readTree(json.out());
        }
        for (String command : List.of("audit", "simulate", "validate", "rank")) {
            assertKeptOnItsLine(CliRunner.run(command, "--format", "json", file).out());
        }
        CliRunner.Run junit = CliRunner.run("check", "--format", "junit", file);
        assertKeptOnItsLine(junit.out());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 30)
    void errorMessagesQuoteTreeTextOnTheirLine(@ForAll("hostile") String text) throws IOException {
        Path tree = dir.resolve("broken.yaml");
        Files.writeString(tree, treeWith("T_ID", "x").replace("goto: info }", "goto: " + quoted(text) + " }"));
        CliRunner.Run run = CliRunner.run("check", tree.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("is not a node"), run.err());
        assertKeptOnItsLine(run.err());
    }

    private static void assertKeptOnItsLine(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            assertTrue(c == '\n' || !Printable.isUnsafe(c),
                () -> "raw U+%04X in %s".formatted((int) output.charAt(output.indexOf(c)), output));
        }
        output.lines().forEach(line -> assertFalse(line.stripLeading().startsWith(FORGED), () -> "forged line: " + output));
    }

    private static String treeWith(String field, String text) {
        String yaml = TEMPLATE;
        for (Map.Entry<String, String> e : PLAIN.entrySet()) {
            yaml = yaml.replace(e.getKey(), quoted(e.getKey().equals(field) ? text : e.getValue()));
        }
        return yaml;
    }

    /** A YAML double-quoted scalar holding exactly {@code text}. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(c > 0xffff ? "\\U%08x".formatted(c) : "\\u%04x".formatted(c));
            }
        });
        return out.append('"').toString();
    }

    @Provide Arbitrary<String> fields() {
        return Arbitraries.of(List.copyOf(PLAIN.keySet()));
    }

    /** Text with controls, escapes, bidirectional overrides and line separators, ending in a forged line. */
    @Provide Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.of("\u001b[31m", "\u001b]0;title\u0007", "\u001b[2J", "\r", "\t", "\u0000",
            "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "caf\u00e9", "\ud83d\udcde",
            "x", "press 0", ":3:7: error", " ", "\n\n");
        return piece.list().ofMaxSize(8).map(parts -> String.join("", parts) + "\n" + FORGED);
    }
}
