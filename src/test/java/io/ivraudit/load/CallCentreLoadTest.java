package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC section 2b in tree files: queues, the day and the service targets, read, checked and written back. */
class CallCentreLoadTest {
    private static final String TREE = """
        tree: t
        entry: m
        costs: { calls_per_day: 2000, agent_per_hour: 40 }
        queues:
          general: { agents: 14, handle_minutes: 6, patience_seconds: 180 }
          billing: { agents: [4, 6, 6, 8] }
        day:
          open_hours: 8
          profile: [0.2, 0.3, 0.3, 0.2]
        service: { answer_within_seconds: 30, level: 0.9, max_abandon: 0.03, shrinkage: 0.35 }
        caller: { redial: 0.4 }
        intents:
          pay: { weight: 1, resolved_by: [billing-desk] }
        nodes:
          m:
            type: menu
            options:
              - { key: "1", say: "For billing, press 1.", intents: [pay], goto: billing-desk }
              - { key: "0", say: "For anything else, press 0.", goto: desk }
          billing-desk: { type: human, queue: billing }
          desk: { type: human, queue: general }
        """;

    private static List<String> errors(String yaml) {
        return TreeLoader.load("t.yaml", yaml).errors().stream().map(LoadError::toString).toList();
    }

    @Test void readsQueuesTheDayAndTheTargets() {
        Tree tree = TreeLoader.load("t.yaml", TREE).tree().orElseThrow();
        CallCentre s = tree.centre();
        assertEquals(List.of("general", "billing"), List.copyOf(s.queues().keySet()));
        assertEquals(14, s.queues().get("general").agentsAt(3));
        assertEquals(8, s.queues().get("billing").agentsAt(3));
        assertEquals(4, s.intervals());
        assertEquals(2 * 3600, s.intervalSeconds(), 1e-9);
        assertEquals(0.9, s.service().level());
        assertEquals(40, tree.effectiveCosts().agentHour());
        assertEquals(0.4, tree.caller().redial());
        assertEquals(180, s.queues().get("billing").patience());
        assertEquals(6, s.queues().get("billing").handle(tree.effectiveCosts()));
    }

    @Test void writingAndReadingGivesTheSameStaffing() {
        Tree tree = TreeLoader.load("t.yaml", TREE).tree().orElseThrow();
        Tree again = TreeLoader.load("t.yaml", TreeWriter.write(tree)).tree().orElseThrow();
        assertEquals(tree.withoutPositions(), again.withoutPositions());
    }

    @Test void queuesNeedTheCallsOfTheDay() {
        List<String> errors = errors(TREE.replace("calls_per_day: 2000, ", ""));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("t.yaml:5:3: queue 'general' needs costs.calls_per_day"), errors.get(0));
    }

    @Test void aPersonsQueueMustBeDeclaredOnceQueuesAre() {
        List<String> errors = errors(TREE.replace("queue: general", "queue: genral"));
        assertTrue(errors.contains("t.yaml:21:3: node 'desk': queue 'genral' is not declared under 'queues' (did you mean "
            + "'general'?); expected one of the tree's queues, since it declares some"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.yaml:5:3: queue 'general' is answered by no human node")),
            errors.toString());
    }

    @Test void aRosterHasOneNumberOrOnePerInterval() {
        List<String> errors = errors(TREE.replace("[4, 6, 6, 8]", "[4, 6, 6]"));
        assertEquals(List.of("t.yaml:6:3: queue 'billing': agents has 3 numbers for a day of 4 intervals; expected one "
            + "number, or one per interval"), errors);
    }

    @Test void theProfileSumsToOne() {
        List<String> errors = errors(TREE.replace("[0.2, 0.3, 0.3, 0.2]", "[0.2, 0.3, 0.3, 0.3]"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("t.yaml:9:12: day: profile has 4 shares summing to 1.1; expected"), errors.get(0));
    }

    @Test void aHostileCallVolumeIsRefusedBeforeAnyQueueIsSolved() {
        List<String> errors = errors(TREE.replace("calls_per_day: 2000", "calls_per_day: 900000000"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("t.yaml:5:3: queue 'general': up to 62500 calls a second could reach it"), errors.get(0));
        assertTrue(errors.get(0).endsWith("expected at most 20000 erlangs and 200000 waiting"), errors.get(0));
    }

    @Test void withoutAProfileTheDayHasAsManyEvenIntervalsAsTheLongestRoster() {
        Tree tree = TreeLoader.load("t.yaml", TREE.replace("  profile: [0.2, 0.3, 0.3, 0.2]\n", "")).tree().orElseThrow();
        assertEquals(4, tree.centre().intervals());
        assertEquals(0.25, tree.centre().profile()[2], 1e-12);
    }
}
