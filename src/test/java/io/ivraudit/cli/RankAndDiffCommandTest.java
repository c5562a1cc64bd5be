package io.ivraudit.cli;

import io.ivraudit.CliRunner;
import static io.ivraudit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rank} and {@code diff} as designers and CI use them. */
class RankAndDiffCommandTest {
    @TempDir Path dir;

    @Test void rankSuggestWritesVariantFilesAndPutsARealFixFirst() throws IOException {
        Path out = dir.resolve("suggestions");
        CliRunner.Run run = run("rank", "--suggest", "--suggest-out", out.toString(), "--format", "json",
            "trees/skyway-air.yaml");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("cost", json.get("objective").asText());
        JsonNode best = json.get("variants").get(0);
        for (String key : List.of("name", "rank", "score", "ci95", "outcomes", "hops_to_human")) {
            assertTrue(best.has(key), key);
        }
        assertEquals(1, best.get("rank").asInt());
        assertFalse(best.get("name").asText().equals("base"));
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.toList();
            assertTrue(written.size() >= 3, written.toString());
            CliRunner.Run validate = run(Stream.concat(Stream.of("validate"), written.stream().map(Path::toString))
                .toArray(String[]::new));
            assertEquals(0, validate.exit(), validate.out());
            assertTrue(Files.readString(written.get(0)).contains("extends: \""), "a suggestion extends the original");
        }
    }

    @Test void rankTakesVariantFilesAndSamples() throws IOException {
        Path variant = dir.resolve("skyway-agent-first.yaml");
        String base = Path.of("trees/skyway-air.yaml").toAbsolutePath().toString();
        Files.writeString(variant, "extends: \"" + base + "\"\ncaller: { give_up: 0.05 }\n");
        CliRunner.Run run = run("rank", "--callers", "20000", "trees/skyway-air.yaml", variant.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("(sampled, same callers for every design)"), run.out());
        assertTrue(run.out().contains("skyway-agent-first"), run.out());
    }

    @Test void rankRejectsAnUnknownObjective() {
        CliRunner.Run run = run("rank", "--objective", "happiness", "trees/skyway-air.yaml");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("--objective: 'happiness' is not an objective"), run.err());
    }

    @Test void diffExplainsAOneLineChangeAndGatesOnWorse() throws IOException {
        String original = Files.readString(Path.of("trees/northwind-cable.yaml"));
        Path hidden = dir.resolve("northwind-cable.yaml");
        Files.writeString(hidden, original.replace(
            "- { key: \"9\", say: \"To speak with a billing representative, press 9.\", intents: [billing], goto: billing-agent }",
            "- { key: \"9\", intents: [billing], goto: billing-agent, hidden: true }"));
        CliRunner.Run run = run("diff", "--fail-if-worse", "human-share", "trees/northwind-cable.yaml", hidden.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("node 'billing-menu': option 9 is now hidden"), run.out());
        assertTrue(run.out().contains("new finding: hidden-human at 'billing-menu'"), run.out());
        assertTrue(run.out().contains("worse on: human-share"), run.out());
        CliRunner.Run same = run("diff", "--fail-if-worse", "cost", "trees/northwind-cable.yaml", "trees/northwind-cable.yaml");
        assertEquals(0, same.exit());
        assertTrue(same.out().contains("no change to the tree"), same.out());
    }
}
