package io.ivraudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** {@code staff}, {@code simulate}'s queues and {@code rank --staffed} on the sample trees with queues (SPEC section 2b). */
class StaffCommandTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) new Yaml().load(text);
    }

    @Test void staffPrintsEachQueueIntervalByIntervalAndTheCostOfTheDay() {
        CliRunner.Run run = CliRunner.run("staff", "trees/harbor-savings-bank.yaml");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("queue bankers: 2,413 calls a day"), run.out());
        assertTrue(run.out().contains("  0:00-1:00 "), run.out());
        assertTrue(run.out().contains("paid agent hours: 314.3 as rostered"), run.out());
        assertTrue(run.out().contains("the cost of the day as rostered: $"), run.out());
    }

    @Test @SuppressWarnings("unchecked")
    void staffJsonCarriesTheSpecsQueueKeysPerQueueAndInterval() {
        CliRunner.Run run = CliRunner.run("staff", "--format", "json", "trees/cascade-utilities.yaml");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> day = json(run.out());
        Map<String, Object> queues = (Map<String, Object>) day.get("queues");
        assertEquals(List.of("emergency-dispatch", "billing", "new-service"), List.copyOf(queues.keySet()));
        Map<String, Object> billing = (Map<String, Object>) queues.get("billing");
        for (String key : List.of("calls_per_hour", "agents", "load_erlangs", "occupancy", "p_wait", "p_abandon",
                "asa_seconds", "service_level", "agents_needed", "intervals")) {
            assertTrue(billing.containsKey(key), key);
        }
        List<Map<String, Object>> intervals = (List<Map<String, Object>>) billing.get("intervals");
        assertEquals(10, intervals.size());
        int peakNeeded = intervals.stream().mapToInt(i -> ((Number) i.get("agents_needed")).intValue()).max().orElseThrow();
        assertEquals(peakNeeded, ((Number) billing.get("agents_needed")).intValue());
        assertTrue(intervals.get(0).containsKey("one_more"));
        assertTrue(((Map<String, Object>) day.get("cost_of_day")).containsKey("failed_calls"));
    }

    @Test void staffRefusesATreeWithoutQueuesWithExitTwo() {
        CliRunner.Run run = CliRunner.run("staff", "trees/meridian-health.yaml");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("trees/meridian-health.yaml:1:1: the tree declares no queues"), run.err());
        assertEquals("", run.out());
    }

    @Test @SuppressWarnings("unchecked")
    void simulateJsonHasTheQueuesOfTheDay() {
        CliRunner.Run run = CliRunner.run("simulate", "--exact", "--format", "json", "trees/northwind-cable.yaml");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> queues = (Map<String, Object>) json(run.out()).get("queues");
        assertEquals(List.of("billing", "tech-support", "sales", "customer-care", "retention"), List.copyOf(queues.keySet()));
    }

    @Test void rankStaffedStaffsEveryDesignAndSaysWhatEachNeeds() {
        CliRunner.Run run = CliRunner.run("rank", "--suggest", "--staffed", "trees/harbor-savings-bank.yaml");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("what each design needs, at 25,000 calls a day:"), run.out());
        assertTrue(run.out().matches("(?s).*lift-buried-person +\\d+ agents needed at the peak, \\$[\\d,]+ a day in all: \\+\\d+ agents? "
            + "at the peak \\(\\+\\$[\\d,]+ a day\\); [\\d,]+ fewer failed calls a day.*"), run.out());
        assertTrue(run.out().contains("advocates"), run.out());
    }
}
