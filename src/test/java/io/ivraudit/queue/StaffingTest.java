package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fewest agents that meet a target, and the figures one agent either side. */
class StaffingTest {
    private static final Traffic PUBLISHED = new Traffic(100 / 1800.0, 180, Double.POSITIVE_INFINITY);

    @Test
    void thePublishedErlangCExampleNeedsFourteenAgents() {
        // pyworkforce: 80% within 20 s for 100 calls per 30 minutes of 3 minutes gives 14 raw positions.
        Staffing.Staffed staffed = Staffing.staff(PUBLISHED, new ServiceTarget(20, 0.80, 1));
        assertEquals(14, staffed.agents());
        assertEquals(0.88835, staffed.figures().serviceLevel(), 0.5e-5);
        assertEquals(0.7956, staffed.oneFewer().orElseThrow().serviceLevel(), 0.5e-4);
        assertEquals(ErlangA.figures(PUBLISHED, 15, 20), staffed.oneMore());
    }

    @Test
    void theHangUpTargetCanBeTheOneThatBinds() {
        Traffic impatient = new Traffic(50 / 180.0, 180, 30);
        int byLevel = Staffing.fewestAgents(impatient, new ServiceTarget(20, 0.80, 1));
        int byBoth = Staffing.fewestAgents(impatient, new ServiceTarget(20, 0.80, 0.01));
        assertTrue(byBoth > byLevel, byBoth + " vs " + byLevel);
        assertTrue(ErlangA.figures(impatient, byBoth, 20).pAbandon() <= 0.01);
        assertTrue(ErlangA.figures(impatient, byBoth - 1, 20).pAbandon() > 0.01);
    }

    @Test
    void erlangANeedsNoMoreAgentsThanErlangC() {
        for (double load : new double[] {1, 10, 45, 200, 1000}) {
            int c = Staffing.fewestAgents(new Traffic(load / 180, 180, Double.POSITIVE_INFINITY), ServiceTarget.DEFAULT);
            int a = Staffing.fewestAgents(new Traffic(load / 180, 180, 120), ServiceTarget.DEFAULT);
            assertTrue(a <= c, "load " + load + ": Erlang A " + a + ", Erlang C " + c);
            assertTrue(c > load, "load " + load + ": " + c);
        }
    }

    @Test
    void noCallsNeedNoAgentsAndNoTargetNeedsNone() {
        assertEquals(0, Staffing.fewestAgents(new Traffic(0, 180, 120), ServiceTarget.DEFAULT));
        assertEquals(0, Staffing.fewestAgents(new Traffic(1, 180, 120), new ServiceTarget(20, 0, 1)));
        Staffing.Staffed none = Staffing.around(new Traffic(1, 180, 120), 0, 20);
        assertFalse(none.oneFewer().isPresent());
    }

    /** Targets of 1 and 0 are met in floating point, once the shares round to them: the search ends. */
    @Test
    void theStrictestTargetsAreMetOnceTheSharesRound() {
        Traffic traffic = new Traffic(10 / 180.0, 180, 120);
        int allAtOnce = Staffing.fewestAgents(traffic, new ServiceTarget(0, 1, 1));
        assertEquals(1, ErlangA.figures(traffic, allAtOnce, 0).serviceLevel());
        assertTrue(allAtOnce > 10 && allAtOnce < 60, "agents " + allAtOnce);
        // No hang-ups at all: pAbandon is exactly 0 only once it underflows (about 1e-308).
        int noHangUps = Staffing.fewestAgents(traffic, new ServiceTarget(20, 0.8, 0));
        assertEquals(0, ErlangA.figures(traffic, noHangUps, 20).pAbandon());
        assertTrue(ErlangA.figures(traffic, noHangUps - 1, 20).pAbandon() > 0);
        assertTrue(noHangUps < 400, "agents " + noHangUps);
    }
}
