package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Erlang A's figures: published Erlang C values, closed forms in special cases, limits, conventions. */
class ErlangATest {
    private static final double NEVER = Double.POSITIVE_INFINITY;
    /** 100 calls per 30 minutes, 180-second calls: 10 erlangs (pyworkforce and R ErlangC documentation). */
    private static final Traffic PUBLISHED = new Traffic(100 / 1800.0, 180, NEVER);

    @Test
    void infinitePatienceGivesThePublishedErlangCFigures() {
        QueueFigures f = ErlangA.figures(PUBLISHED, 14, 20);
        assertAll(
            () -> assertEquals(0.1741319, f.pWait(), 0.5e-7),
            () -> assertEquals(0.88835, f.serviceLevel(), 0.5e-5),
            () -> assertEquals(7.83594, f.asaSeconds(), 0.5e-5),
            () -> assertEquals(0.714, f.occupancy(), 0.5e-3),
            () -> assertEquals(0, f.pAbandon()),
            () -> assertEquals(10, f.offeredErlangs(), 1e-12));
    }

    @Test
    void hugeFinitePatienceGivesThePublishedFiguresThroughTheGeneralSums() {
        // The gap to Erlang C is O(1 / patience): at 1e9 seconds ASA is still 3e-6 s shorter (7.835934).
        QueueFigures f = ErlangA.figures(new Traffic(100 / 1800.0, 180, 1e12), 14, 20);
        assertAll(
            () -> assertEquals(0.1741319, f.pWait(), 0.5e-7),
            () -> assertEquals(0.88835, f.serviceLevel(), 0.5e-5),
            () -> assertEquals(7.83594, f.asaSeconds(), 0.5e-5),
            () -> assertEquals(0.714, f.occupancy(), 0.5e-3),
            () -> assertEquals(0, f.pAbandon(), 1e-7));
    }

    /** The gap to Erlang C shrinks tenfold with every tenfold patience: it is O(theta), down to 1e-11. */
    @Test
    void growingPatienceTendsToErlangC() {
        QueueFigures c = ErlangA.figures(new Traffic(45 / 180.0, 180, NEVER), 48, 20);
        double before = Double.POSITIVE_INFINITY;
        for (double patience = 180; patience <= 180e12; patience *= 10) {
            QueueFigures a = ErlangA.figures(new Traffic(45 / 180.0, 180, patience), 48, 20);
            double distance = Math.abs(a.pWait() - c.pWait()) + Math.abs(a.serviceLevel() - c.serviceLevel())
                + Math.abs(a.asaSeconds() - c.asaSeconds()) / c.asaSeconds() + a.pAbandon();
            assertTrue(distance < before, "patience " + patience + ": " + distance + " after " + before);
            if (patience >= 180e4) {
                assertEquals(10, before / distance, 1, "patience " + patience + ": " + distance + " after " + before);
            }
            before = distance;
        }
        assertTrue(before < 1e-9, "at 180e12 seconds of patience: " + before);
    }

    /**
     * With patience equal to handle time every caller in the system leaves at rate mu, queued or
     * not, so the number in the system is Poisson(a), as in M/M/infinity: P(wait) = P(K >= n)
     * and P(abandon) = theta E[queue] / lambda = E[(K - n)+] / a = P(K >= n) - (n / a) P(K >= n + 1).
     */
    @Test
    void patienceEqualToHandleTimeGivesThePoissonClosedForms() {
        double[][] cases = {{10, 8}, {10, 14}, {50, 45}, {200, 210}, {0.5, 1}, {3, 0}, {120, 60}};
        for (double[] c : cases) {
            double load = c[0];
            int agents = (int) c[1];
            double handle = 150;
            QueueFigures f = ErlangA.figures(new Traffic(load / handle, handle, handle), agents, 20);
            double waits = poissonTail(load, agents);
            double hangUps = waits - agents / load * poissonTail(load, agents + 1);
            assertEquals(waits, f.pWait(), 1e-12, "P(wait), a = " + load + ", n = " + agents);
            assertEquals(hangUps, f.pAbandon(), 1e-12, "P(abandon), a = " + load + ", n = " + agents);
        }
    }

    @Test
    void withNoAgentsEveryoneHangsUp() {
        QueueFigures f = ErlangA.figures(new Traffic(0.05, 180, 120), 0, 20);
        assertEquals(1, f.pWait());
        assertEquals(1, f.pAbandon(), 1e-15);
        assertEquals(0, f.serviceLevel(), 1e-15);
        assertEquals(0, f.occupancy());
        assertTrue(f.asaSeconds() > 0 && Double.isFinite(f.asaSeconds()));
    }

    /**
     * With no agents nobody is served; asaSeconds is the served-wait formula's limit as the
     * agents' rate n mu falls to 0 with the states of n = 0 (Poisson(lambda / theta) waiting):
     * sum P(j) H(j) / r(j) over sum P(j) / r(j), r(j) = (j + 1) theta. Finite, so a day-level
     * average weighted by served calls (0) stays 0, not NaN.
     */
    @Test
    void withNoAgentsTheMeanServedWaitIsTheVanishingRateLimit() {
        double none = ErlangA.figures(new Traffic(0.05, 180, 120), 0, 20).asaSeconds();
        // The limit by its definition: Poisson(lambda / theta) waiting, weights 1 / r(j), r(j) = (j + 1) theta.
        double theta = 1 / 120.0;
        double mean = 0.05 / theta;
        double weight = Math.exp(-mean);
        double waitedSoFar = 0;
        double numerator = 0;
        double denominator = 0;
        for (int j = 0; j < 200; j++) {
            waitedSoFar += 1 / ((j + 1) * theta);
            numerator += weight * waitedSoFar / ((j + 1) * theta);
            denominator += weight / ((j + 1) * theta);
            weight *= mean / (j + 1);
        }
        assertEquals(numerator / denominator, none, 1e-12 * none);
    }

    @Test
    void anUnstableErlangCQueueHasItsDocumentedFigures() {
        QueueFigures f = ErlangA.figures(PUBLISHED, 10, 20);
        assertEquals(new QueueFigures(1, 0, Double.POSITIVE_INFINITY, 0, 1, 10), f);
        assertEquals(new QueueFigures(1, 0, Double.POSITIVE_INFINITY, 0, 0, 10), ErlangA.figures(PUBLISHED, 0, 20));
    }

    @Test
    void withNoCallsACallerFindsTheQueueEmpty() {
        assertEquals(new QueueFigures(0, 0, 0, 1, 0, 0), ErlangA.figures(new Traffic(0, 180, 120), 3, 20));
        assertEquals(new QueueFigures(0, 0, 0, 1, 0, 0), ErlangA.figures(new Traffic(0, 180, NEVER), 3, 20));
        QueueFigures noAgents = ErlangA.figures(new Traffic(0, 180, 120), 0, 20);
        assertEquals(1, noAgents.pAbandon());
        assertEquals(120, noAgents.asaSeconds(), 1e-9);
    }

    @Test
    void aThresholdOfZeroAnswersOnlyThoseWhoDoNotWait() {
        for (double patience : new double[] {60, 600, NEVER}) {
            QueueFigures f = ErlangA.figures(new Traffic(0.1, 180, patience), 19, 0);
            assertEquals(1 - f.pWait(), f.serviceLevel(), 1e-15);
        }
    }

    /**
     * An independent route for a small queue: the stationary chain by direct products, the
     * hang-ups by rate balance (theta E[queue] / lambda), and the share answered in time by
     * uniformising the tagged caller's chain (levels j .. 0, then served or hung up).
     */
    @Test
    void smallQueuesAgreeWithADirectChainAndUniformisation() {
        double[][] cases = {{8 / 100.0, 100, 150, 6, 20}, {3 / 60.0, 60, 30, 4, 10}, {1 / 30.0, 30, 600, 1, 45}};
        for (double[] c : cases) {
            double lambda = c[0];
            double mu = 1 / c[1];
            double theta = 1 / c[2];
            int agents = (int) c[3];
            double answerWithin = c[4];
            int states = 400;
            double[] pi = new double[agents + states];
            pi[0] = 1;
            for (int k = 1; k < pi.length; k++) {
                pi[k] = pi[k - 1] * lambda / (Math.min(k, agents) * mu + Math.max(0, k - agents) * theta);
            }
            double total = 0;
            for (double p : pi) {
                total += p;
            }
            double waits = 0;
            double queued = 0;
            for (int j = 0; j < states; j++) {
                waits += pi[agents + j] / total;
                queued += j * pi[agents + j] / total;
            }
            double[] inTime = servedWithin(agents * mu, theta, states, answerWithin);
            double answered = 1 - waits;
            for (int j = 0; j < states; j++) {
                answered += pi[agents + j] / total * inTime[j];
            }
            QueueFigures f = ErlangA.figures(new Traffic(lambda, c[1], c[2]), agents, answerWithin);
            assertEquals(waits, f.pWait(), 1e-13);
            assertEquals(theta * queued / lambda, f.pAbandon(), 1e-13);
            assertEquals(answered, f.serviceLevel(), 1e-12);
        }
    }

    /** P(served within t | j ahead) for j < levels, by uniformisation of the tagged caller's chain. */
    private static double[] servedWithin(double agentRate, double theta, int levels, double t) {
        double uniform = agentRate + levels * theta;
        double[] now = new double[levels];
        double[] result = new double[levels];
        double weight = Math.exp(-uniform * t);
        double mass = 0;
        for (int m = 0; mass < 1 - 1e-16 && m < 100_000; m++) {
            mass += weight;
            for (int k = 0; k < levels; k++) {
                result[k] += weight * now[k];
            }
            double[] next = new double[levels];
            for (int k = 0; k < levels; k++) {
                double down = (agentRate + k * theta) / uniform;
                double stay = 1 - (agentRate + (k + 1) * theta) / uniform;
                next[k] = down * (k == 0 ? 1 : now[k - 1]) + stay * now[k];
            }
            now = next;
            weight *= uniform * t / (m + 1);
        }
        return result;
    }

    /**
     * Scale does not always help: in an overloaded Erlang A queue the waits of a bigger queue
     * concentrate around the fluid wait {@code patience x ln(a / n)} (here 49 s), beyond the
     * 38.5-second threshold, so doubling calls and agents answers fewer in time. The simulation
     * test agrees with both figures.
     */
    @Test
    void scaleLowersTheServiceLevelOfAnOverloadedQueue() {
        double single = ErlangA.figures(new Traffic(278.5 / 120, 120, 217.7), 222, 38.5).serviceLevel();
        double doubled = ErlangA.figures(new Traffic(2 * 278.5 / 120, 120, 217.7), 444, 38.5).serviceLevel();
        assertEquals(0.1310, single, 1e-4);
        assertEquals(0.0638, doubled, 1e-4);
    }

    @Test
    void bigLoadsGiveFiniteSharesAndTheFluidHangUpsWhenOverloaded() {
        int[] agentCounts = {0, 1, 500, 900, 990, 1000, 1010, 1100, 1500};
        for (double patience : new double[] {10, 180, 3600, NEVER}) {
            for (int agents : agentCounts) {
                QueueFigures f = ErlangA.figures(new Traffic(1000 / 180.0, 180, patience), agents, 20);
                assertInRange(f, "patience " + patience + ", agents " + agents);
            }
        }
        // 1000 erlangs on 500 agents with an hour's patience: about 360,000 callers waiting.
        QueueFigures overloaded = ErlangA.figures(new Traffic(1000 / 10.0, 10, 3600), 500, 20);
        assertInRange(overloaded, "overloaded");
        assertEquals(1, overloaded.pWait(), 1e-12);
        assertEquals(0.5, overloaded.pAbandon(), 1e-9);
    }

    static void assertInRange(QueueFigures f, String what) {
        for (double share : new double[] {f.pWait(), f.pAbandon(), f.serviceLevel(), f.occupancy()}) {
            assertTrue(share >= 0 && share <= 1, what + ": " + f);
        }
        assertTrue(f.asaSeconds() >= 0 && !Double.isNaN(f.asaSeconds()), what + ": " + f);
        assertTrue(Double.isFinite(f.asaSeconds()) || f.pAbandon() == 0, what + ": " + f);
    }

    @Test
    void refusesWhatIsNotAQueue() {
        assertThrows(IllegalArgumentException.class, () -> new Traffic(-1, 180, 60));
        assertThrows(IllegalArgumentException.class, () -> new Traffic(1, 0, 60));
        assertThrows(IllegalArgumentException.class, () -> new Traffic(1, 180, 0));
        assertThrows(IllegalArgumentException.class, () -> new Traffic(Double.NaN, 180, 60));
        assertThrows(IllegalArgumentException.class, () -> ErlangA.figures(PUBLISHED, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> ErlangA.figures(PUBLISHED, 14, -1));
        assertThrows(IllegalArgumentException.class, () -> ErlangA.figures(PUBLISHED, 14, Double.POSITIVE_INFINITY));
        // A billion callers waiting (a million erlangs, a day's patience, one agent) is refused, not tabulated.
        assertThrows(IllegalArgumentException.class, () -> ErlangA.figures(new Traffic(1e4, 100, 86400), 1, 20));
    }

    /** P(K >= n) for K Poisson(a), summed from the terms upwards. */
    private static double poissonTail(double a, int n) {
        double term = Math.exp(-a);
        double tail = 0;
        for (int k = 0; k < a + 40 * Math.sqrt(a) + 100; k++) {
            if (k >= n) {
                tail += term;
            }
            term *= a / (k + 1);
        }
        return tail;
    }
}
