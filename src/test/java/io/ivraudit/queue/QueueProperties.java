package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Erlang A's figures keep the orderings and limits of the model, for loads up to 1000 erlangs
 * and up to 1500 agents, patience from a second to an hour or infinite.
 */
class QueueProperties {
    private static final double ROUNDING = 1e-12;

    /** A queue: its calls, agents and service-level threshold. */
    record Queue(Traffic traffic, int agents, double answerWithin) {}

    @Provide Arbitrary<Queue> queues() {
        Arbitrary<Double> load = Arbitraries.doubles().ofScale(6).between(-4.6, 6.91).map(Math::exp);
        Arbitrary<Double> handle = Arbitraries.doubles().between(5, 3600);
        Arbitrary<Double> patience = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.doubles().ofScale(6).between(0, 8.19).map(Math::exp)),
            Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)));
        Arbitrary<Double> answerWithin = Arbitraries.doubles().between(0, 300);
        Arbitrary<Double> agentsOverLoad = Arbitraries.doubles().between(0, 2);
        return Combinators.combine(load, handle, patience, answerWithin, agentsOverLoad).as((a, h, p, t, share) -> {
            int agents = (int) Math.min(1500, Math.round(share * a + share * 10));
            return new Queue(new Traffic(a / h, h, p), agents, t);
        });
    }

    private static QueueFigures figures(Queue q, int agents) {
        return ErlangA.figures(q.traffic(), agents, q.answerWithin());
    }

    @Property(tries = 400)
    void moreAgentsNeverRaiseWaitsOrHangUpsNorLowerTheServiceLevel(@ForAll("queues") Queue q) {
        QueueFigures before = figures(q, q.agents());
        QueueFigures after = figures(q, q.agents() + 1);
        String both = before + "\n -> " + after;
        assertTrue(after.pAbandon() <= before.pAbandon() + ROUNDING, "pAbandon: " + both);
        assertTrue(after.pWait() <= before.pWait() + ROUNDING, "pWait: " + both);
        assertTrue(after.asaSeconds() <= before.asaSeconds() * (1 + ROUNDING) + ROUNDING, "asa: " + both);
        assertTrue(after.serviceLevel() >= before.serviceLevel() - ROUNDING, "service level: " + both);
    }

    /**
     * Economies of scale: twice the calls on twice the agents answer no fewer in time, while the
     * agents cover the offered load (or callers never hang up). An overloaded Erlang A queue is
     * the exception (see {@link ErlangATest#scaleLowersTheServiceLevelOfAnOverloadedQueue}).
     */
    @Property(tries = 400)
    void doublingCallsAndAgentsNeverLowersTheServiceLevelWhileAgentsCoverTheLoad(@ForAll("queues") Queue q) {
        Traffic t = q.traffic();
        if (q.agents() < t.offeredErlangs() && !t.patient()) {
            return;
        }
        QueueFigures single = figures(q, q.agents());
        QueueFigures doubled = ErlangA.figures(new Traffic(2 * t.callsPerSecond(), t.handleSeconds(), t.patienceSeconds()),
            2 * q.agents(), q.answerWithin());
        assertTrue(doubled.serviceLevel() >= single.serviceLevel() - ROUNDING, single + "\n -> " + doubled);
    }

    @Property(tries = 400)
    void figuresAreSharesAndFinite(@ForAll("queues") Queue q) {
        QueueFigures f = figures(q, q.agents());
        ErlangATest.assertInRange(f, q.toString());
        assertEquals(q.traffic().offeredErlangs(), f.offeredErlangs(), 1e-9 * f.offeredErlangs());
        boolean unstable = q.traffic().patient() && q.agents() <= q.traffic().offeredErlangs();
        assertEquals(unstable, Double.isInfinite(f.asaSeconds()), f.toString());
    }

    /** Erlang A approaches Erlang C as patience grows, by O(1 / patience), for a stable queue. */
    @Property(tries = 150)
    void erlangATendsToErlangCAsPatienceGrows(@ForAll("queues") Queue q) {
        Traffic t = q.traffic();
        int agents = (int) Math.ceil(t.offeredErlangs()) + 1 + q.agents() / 4;
        QueueFigures c = ErlangA.figures(new Traffic(t.callsPerSecond(), t.handleSeconds(), Double.POSITIVE_INFINITY),
            agents, q.answerWithin());
        double previous = Double.POSITIVE_INFINITY;
        for (double patience = 1e3 * t.handleSeconds(); patience <= 1e9 * t.handleSeconds(); patience *= 1e3) {
            QueueFigures a = ErlangA.figures(new Traffic(t.callsPerSecond(), t.handleSeconds(), patience), agents, q.answerWithin());
            double asaGap = Math.abs(a.asaSeconds() - c.asaSeconds()) / (c.asaSeconds() > 0 ? c.asaSeconds() : 1);
            double distance = Math.abs(a.pWait() - c.pWait()) + Math.abs(a.serviceLevel() - c.serviceLevel())
                + asaGap + a.pAbandon();
            assertTrue(distance <= previous, "patience " + patience + ": " + distance + " after " + previous);
            previous = distance;
        }
        assertTrue(previous < 1e-4, "at patience 1e9 x handle time: " + previous);
    }

    @Property(tries = 300)
    void staffingFindsTheFewestAgentsThatMeetBothTargets(@ForAll("queues") Queue q) {
        Traffic t = q.traffic();
        if (t.offeredErlangs() > 500) {
            return;
        }
        double level = 0.5 + q.answerWithin() / 300 * 0.49;
        double maxAbandon = t.patient() ? 0.05 : 0.01 + (q.agents() % 20) / 100.0;
        ServiceTarget target = new ServiceTarget(Math.min(q.answerWithin(), 120), level, maxAbandon);
        int fewest = Staffing.fewestAgents(t, target);
        assertTrue(ErlangA.figures(t, fewest, target.answerWithinSeconds()).meets(target));
        if (fewest > 0) {
            assertFalse(ErlangA.figures(t, fewest - 1, target.answerWithinSeconds()).meets(target), "fewest " + fewest);
        }
    }
}
