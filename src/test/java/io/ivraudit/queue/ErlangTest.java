package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Erlang B and C against published values and against exact rationals. */
class ErlangTest {
    @Test
    void erlangBMatchesPublishedTables() {
        // Printed as 0.018384... (the digits shown, the rest cut): 0.018384 <= B < 0.018385.
        assertEquals(0.0183845, Erlang.b(10, 5), 0.5e-6);
        assertEquals(0.28487, Erlang.b(5, 5), 0.5e-5);
        // Mathematica's ErlangB[30, 25.] example: about 0.05 (0.052603... by the exact rational below).
        assertEquals(0.05, Erlang.b(30, 25), 0.005);
    }

    @Test
    void erlangBMatchesExactRationalsToTheLastFewDigits() {
        int[] loads = {1, 2, 5, 10, 25};
        for (int load : loads) {
            for (int agents = 0; agents <= 40; agents++) {
                assertEquals(exactB(agents, load), Erlang.b(agents, load), 1e-14 * exactB(agents, load),
                    "B(" + agents + ", " + load + ")");
            }
        }
    }

    @Test
    void erlangBStaysAccurateForHundredsOfAgentsAndBigLoads() {
        int[][] cases = {{1000, 1000}, {500, 400}, {1200, 1000}, {900, 1000}, {300, 1}};
        for (int[] c : cases) {
            double exact = exactB(c[0], c[1]);
            assertEquals(exact, Erlang.b(c[0], c[1]), 1e-12 * exact, "B(" + c[0] + ", " + c[1] + ")");
        }
    }

    @Test
    void erlangCMatchesThePublishedExample() {
        // 100 calls per 30 minutes of 180 seconds: 10 erlangs; 14 agents (pyworkforce, R ErlangC).
        assertEquals(0.1741319, Erlang.c(14, 10), 0.5e-7);
    }

    @Test
    void erlangCMatchesItsDefinitionFromErlangB() {
        for (int agents = 1; agents <= 30; agents++) {
            for (int load : new int[] {1, 5, 20}) {
                if (load < agents) {
                    double b = exactB(agents, load);
                    double rho = (double) load / agents;
                    double exact = agents * b / (agents - load * (1 - b));
                    assertEquals(exact, Erlang.c(agents, load), 1e-13 * exact, "C(" + agents + ", " + load + ")");
                    assertEquals(b / (1 - rho * (1 - b)), Erlang.c(agents, load), 1e-13 * exact);
                }
            }
        }
    }

    @Test
    void erlangCIsOneWhenTheLoadReachesTheAgents() {
        assertEquals(1, Erlang.c(10, 10));
        assertEquals(1, Erlang.c(10, 12.5));
        assertEquals(1, Erlang.c(0, 0));
        assertEquals(1, Erlang.b(0, 3));
        assertEquals(0, Erlang.b(3, 0));
        assertEquals(0, Erlang.c(3, 0));
    }

    @Test
    void refusesNegativeAgentsAndImpossibleLoads() {
        assertThrows(IllegalArgumentException.class, () -> Erlang.b(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> Erlang.c(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Erlang.b(1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Erlang.b(1, -0.5));
    }

    /** B(n, a) = a^n / sum over k of a^k n! / k!, all integers for integer a: an exact rational. */
    static double exactB(int agents, int load) {
        BigInteger a = BigInteger.valueOf(load);
        BigInteger denominator = BigInteger.ZERO;
        BigInteger factorialRatio = BigInteger.ONE;
        for (int k = agents; k >= 0; k--) {
            denominator = denominator.add(a.pow(k).multiply(factorialRatio));
            factorialRatio = factorialRatio.multiply(BigInteger.valueOf(k));
        }
        return new BigDecimal(a.pow(agents)).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }
}
