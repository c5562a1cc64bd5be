package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivraudit.SpecExample;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec's worked example, computed independently of this project: the exact solver must
 * reproduce every figure to 1e-9, and a million sampled callers must land within 5 standard errors.
 */
class SpecExampleFiguresTest {
    private static JsonNode expected;
    private static CompiledTree acme;

    @BeforeAll static void load() throws IOException {
        expected = new ObjectMapper().readTree(SpecExample.FOLDER.resolve("acme-telecom.exact.json").toFile());
        acme = CompiledTree.of(SpecExample.acme());
    }

    @Test void theExactSolverReproducesEveryFigure() {
        Figures exact = ExactSolver.solve(acme);
        assertEquals(expected.get("tree").asText(), exact.tree());
        assertEquals("exact", exact.method());
        assertMatches(expected, exact.overall(), "overall");
        Iterator<Map.Entry<String, JsonNode>> intents = expected.get("intents").fields();
        int checked = 0;
        while (intents.hasNext()) {
            Map.Entry<String, JsonNode> intent = intents.next();
            Figures.IntentResult result = exact.intents().get(intent.getKey());
            assertEquals(intent.getValue().get("share").asDouble(), result.share(), 1e-9, intent.getKey() + " share");
            assertMatches(intent.getValue(), result.figures(), intent.getKey());
            checked++;
        }
        assertEquals(3, checked);
    }

    private static void assertMatches(JsonNode want, Distribution got, String where) {
        want.get("outcomes").fields().forEachRemaining(o -> assertEquals(o.getValue().get("share").asDouble(),
            got.outcomes().get(Outcome.valueOf(o.getKey().toUpperCase())).share(), 1e-9, where + " " + o.getKey()));
        JsonNode hops = want.get("hops_to_human");
        assertEquals(hops.get("mean").asDouble(), got.hopsToHuman().mean().orElseThrow(), 1e-9, where + " hops mean");
        assertEquals(hops.get("p50").asDouble(), got.hopsToHuman().p50().orElseThrow(), 1e-9, where + " hops p50");
        assertEquals(hops.get("p90").asDouble(), got.hopsToHuman().p90().orElseThrow(), 1e-9, where + " hops p90");
        assertEquals(hops.get("max").asDouble(), got.hopsToHuman().max().orElseThrow(), 1e-9, where + " hops max");
        assertEquals(want.get("seconds_to_human").get("mean").asDouble(), got.secondsToHuman().mean().orElseThrow(),
            1e-9, where + " seconds mean");
        assertEquals(want.get("menu_selections_per_call").asDouble(), got.menuSelectionsPerCall(), 1e-9,
            where + " menu selections");
    }

    @Test void aMillionSampledCallersAgreeWithinFiveStandardErrors() {
        long callers = 1_000_000;
        Figures sampled = MonteCarlo.run(acme, callers, 7, 2, new AtomicLong());
        expected.get("outcomes").fields().forEachRemaining(o -> {
            double p = o.getValue().get("share").asDouble();
            double se = Math.sqrt(Math.max(0, p * (1 - p)) / callers);
            double got = sampled.overall().outcomes().get(Outcome.valueOf(o.getKey().toUpperCase())).share();
            assertTrue(Math.abs(got - p) <= 5 * se + 1.0 / callers, o.getKey() + ": " + got + " vs " + p);
        });
        double meanHops = expected.get("hops_to_human").get("mean").asDouble();
        assertEquals(meanHops, sampled.overall().hopsToHuman().mean().orElseThrow(), 0.01);
        double meanSeconds = expected.get("seconds_to_human").get("mean").asDouble();
        assertEquals(meanSeconds, sampled.overall().secondsToHuman().mean().orElseThrow(), 0.5);
        assertEquals(ExactSolver.solve(acme).overall().secondsInTree(), sampled.overall().secondsInTree(), 0.1);
    }
}
