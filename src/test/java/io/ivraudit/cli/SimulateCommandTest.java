package io.ivraudit.cli;

import io.ivraudit.CliRunner;
import io.ivraudit.SpecExample;
import static io.ivraudit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code simulate} and the simulation in {@code audit}, as scripts read them. */
class SimulateCommandTest {
    private static final String ACME = SpecExample.YAML.toString();

    private static JsonNode json(String... args) throws IOException {
        CliRunner.Run run = run(args);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test void sampledJsonHasTheSpecKeys() throws IOException {
        JsonNode f = json("simulate", "--format", "json", "--callers", "20000", "--seed", "9", ACME);
        assertEquals("acme-telecom", f.get("tree").asText());
        assertEquals("monte-carlo", f.get("method").asText());
        assertEquals(20000, f.get("callers").asLong());
        assertEquals(9, f.get("seed").asLong());
        for (String outcome : List.of("human", "self_served", "handed_off", "dead_channel", "dead_end", "abandoned")) {
            JsonNode o = f.get("outcomes").get(outcome);
            assertTrue(o.get("share").isNumber(), outcome);
            assertTrue(o.get("ci95").get(0).asDouble() <= o.get("share").asDouble(), outcome);
            assertTrue(o.get("ci95").get(1).asDouble() >= o.get("share").asDouble(), outcome);
        }
        for (String key : List.of("mean", "p50", "p90", "max")) {
            assertTrue(f.get("hops_to_human").has(key), key);
        }
        for (String key : List.of("mean", "p50", "p90")) {
            assertTrue(f.get("seconds_to_human").has(key), key);
        }
        JsonNode billing = f.get("intents").get("billing");
        for (String key : List.of("share", "outcomes", "hops_to_human", "seconds_to_human")) {
            assertTrue(billing.has(key), key);
        }
    }

    @Test void exactJsonLeavesOutWhatOnlySamplingHas() throws IOException {
        JsonNode f = json("simulate", "--exact", "--format", "json", ACME);
        assertEquals("exact", f.get("method").asText());
        assertFalse(f.has("callers"));
        assertFalse(f.has("seed"));
        assertFalse(f.get("outcomes").get("human").has("ci95"));
        assertEquals(0.2634691862918923, f.get("outcomes").get("human").get("share").asDouble(), 1e-12,
            "the spec example's exact share (spec/acme-telecom.exact.json)");
        assertEquals(9, f.get("hops_to_human").get("max").asInt());
    }

    @Test void theDefaultSeedIsFixedSoTwoRunsAgree() {
        assertEquals(run("simulate", "--callers", "30000", ACME).out(), run("simulate", "--callers", "30000", "--threads", "1", ACME).out());
    }

    @Test void badNumbersAreUsageErrors() {
        CliRunner.Run none = run("simulate", "--callers", "0", ACME);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--callers: 0; expected a positive number of callers"), none.err());
        CliRunner.Run threads = run("simulate", "--threads", "0", ACME);
        assertEquals(2, threads.exit());
        CliRunner.Run words = run("simulate", "--callers", "many", ACME);
        assertEquals(2, words.exit());
        assertFalse(words.err().contains("at io.ivraudit"), words.err());
    }

    @Test void auditShowsTheSimulatedFiguresBesideTheFindings() throws IOException {
        JsonNode audit = json("audit", "--format", "json", "--exact", ACME);
        JsonNode tree = audit.get("trees").get(0);
        assertTrue(tree.get("findings").size() > 0);
        assertEquals(0.2634691862918923, tree.get("simulation").get("outcomes").get("human").get("share").asDouble(), 1e-12);
        CliRunner.Run text = run("audit", "--callers", "10000", ACME);
        assertTrue(text.out().contains("acme-telecom: 10,000 simulated callers (seed 42)"), text.out());
        assertTrue(text.out().contains("[hidden-human]"), text.out());
    }
}
