package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Tree;
import io.ivraudit.queue.ErlangA;
import io.ivraudit.queue.QueueFigures;
import io.ivraudit.queue.Traffic;
import org.junit.jupiter.api.Test;

/** SPEC section 2b worked by hand: a tree whose every call reaches one queue. */
class QueueSimulationTest {
    /** 2,400 calls over 10 open hours to a 3-minute queue: 12 erlangs. */
    private static final String TREE = """
        tree: one-queue
        entry: hello
        costs: { calls_per_day: 2400, handle_minutes: 3 }
        caller: { redial: REDIAL }
        queues:
          desk: { agents: AGENTS, patience_seconds: 180 }
        intents:
          talk: { weight: 1, resolved_by: [person] }
        nodes:
          hello: { type: message, say: Hello., seconds: 2, next: person }
          person: { type: human, queue: desk }
        """;

    private static Tree tree(int agents, double redial) {
        return TreeLoader.load("q.yaml", TREE.replace("AGENTS", String.valueOf(agents)).replace("REDIAL", String.valueOf(redial)))
            .tree().orElseThrow();
    }

    private static QueueFigures erlang(double callsPerDay, int agents) {
        return ErlangA.figures(new Traffic(callsPerDay / 36_000, 180, 180), agents, 20);
    }

    @Test void everyCallReachingTheQueueHangsUpOnHoldAsErlangASays() {
        Figures exact = Simulator.run(CompiledTree.of(tree(13, 0)), Method.EXACT);
        QueueFigures f = erlang(2400, 13);
        Distribution d = exact.overall();
        assertEquals(f.pAbandon(), d.outcomes().get(Outcome.ABANDONED).share(), 1e-12);
        assertEquals(1 - f.pAbandon(), d.outcomes().get(Outcome.HUMAN).share(), 1e-12);
        assertEquals(2 + f.asaSeconds(), d.secondsToHuman().mean().orElseThrow(), 1e-9);
        QueueDay day = exact.day().queues().get("desk");
        assertEquals(2400, day.callsPerDay(), 1e-9);
        assertEquals(240, day.callsPerHour(), 1e-9);
        assertEquals(12, day.loadErlangs(), 1e-9);
        assertEquals(f.serviceLevel(), day.serviceLevel(), 1e-12);
        assertEquals(13, day.agents());
        assertEquals(13 * 10 / 0.7, day.paidHours(), 1e-9);
    }

    @Test void montecarloDrawsTheHangUpsAndWaitsFromTheSameQueue() {
        CompiledTree t = CompiledTree.of(tree(12, 0));
        Figures exact = Simulator.run(t, Method.EXACT);
        long callers = 400_000;
        Figures sampled = Simulator.run(t, new Method.Sampled(callers, 7, 2));
        double p = exact.overall().outcomes().get(Outcome.ABANDONED).share();
        assertTrue(p > 0.02, "a queue that loses callers: " + p);
        assertEquals(p, sampled.overall().outcomes().get(Outcome.ABANDONED).share(), 5 * Math.sqrt(p * (1 - p) / callers));
        double wait = exact.overall().secondsToHuman().mean().orElseThrow();
        assertEquals(wait, sampled.overall().secondsToHuman().mean().orElseThrow(), 0.03 * wait);
        assertEquals(exact.day().queues(), sampled.day().queues());
    }

    @Test void callersWhoRedialAddCallsUntilTheDaySettles() {
        Figures exact = Simulator.run(CompiledTree.of(tree(11, 0.5)), Method.EXACT);
        QueueDay day = exact.day().queues().get("desk");
        double calls = day.callsPerDay();
        assertTrue(calls > 2400, "redials add calls: " + calls);
        assertEquals(2400 / (1 - 0.5 * erlang(calls, 11).pAbandon()), calls, 1e-6);
        assertEquals(erlang(calls, 11).pAbandon(), exact.overall().outcomes().get(Outcome.ABANDONED).share(), 1e-9);
    }

    @Test void staffedToTheTargetsEachQueueGetsTheFewestAgentsThatMeetThem() {
        Figures staffed = Simulator.run(CompiledTree.of(tree(2, 0)), Method.EXACT, Roster.STAFFED);
        QueueDay day = staffed.day().queues().get("desk");
        assertEquals(day.agentsNeeded(), day.agents());
        assertTrue(erlang(2400, day.agents()).serviceLevel() >= 0.8);
        assertTrue(erlang(2400, day.agents() - 1).serviceLevel() < 0.8 || erlang(2400, day.agents() - 1).pAbandon() > 0.05);
        Figures asWritten = Simulator.run(CompiledTree.of(tree(2, 0)), Method.EXACT);
        assertTrue(asWritten.overall().outcomes().get(Outcome.ABANDONED).share() > 0.5, "two agents for 12 erlangs lose most callers");
    }
}
