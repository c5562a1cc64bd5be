package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sampler's draws average out to Erlang A's figures; draws are independent, so standard errors are exact. */
class QueueSamplerTest {
    private static final int DRAWS = 1_000_000;

    static Stream<Arguments> queues() {
        return Stream.of(
            Arguments.of("load equal to the agents", new Traffic(0.1, 180, 120), 18, 20.0),
            Arguments.of("overloaded, impatient", new Traffic(1 / 6.0, 180, 60), 25, 30.0),
            Arguments.of("the published Erlang C example", new Traffic(100 / 1800.0, 180, Double.POSITIVE_INFINITY), 14, 20.0),
            Arguments.of("Erlang C near saturation", new Traffic(95 / 180.0, 180, Double.POSITIVE_INFINITY), 100, 20.0),
            Arguments.of("no agents", new Traffic(0.05, 180, 120), 0, 20.0),
            Arguments.of("hundreds of agents, overloaded", new Traffic(1000 / 180.0, 180, 600), 990, 20.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queues")
    void longRunAveragesMatchTheFigures(String name, Traffic traffic, int agents, double answerWithin) {
        QueueFigures exact = ErlangA.figures(traffic, agents, answerWithin);
        QueueSampler sampler = QueueSampler.of(traffic, agents);
        SplittableRandom random = new SplittableRandom(7);
        long hangUps = 0;
        long waits = 0;
        long answeredInTime = 0;
        double servedWait = 0;
        double servedWaitSquares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double wait = sampler.draw(random);
            if (wait == QueueSampler.ABANDONED) {
                hangUps++;
                waits++;
                continue;
            }
            waits += wait > 0 ? 1 : 0;
            answeredInTime += wait <= answerWithin ? 1 : 0;
            servedWait += wait;
            servedWaitSquares += wait * wait;
        }
        long served = DRAWS - hangUps;
        double hangUpShare = (double) hangUps / DRAWS;
        double waitShare = (double) waits / DRAWS;
        double inTimeShare = (double) answeredInTime / DRAWS;
        double meanWait = served == 0 ? 0 : servedWait / served;
        double waitError = served < 2 ? 0 : Math.sqrt((servedWaitSquares / served - meanWait * meanWait) / (served - 1));
        assertAll(
            () -> assertWithin(exact.pAbandon(), hangUpShare, shareError(exact.pAbandon()), "pAbandon"),
            () -> assertWithin(exact.pWait(), waitShare, shareError(exact.pWait()), "pWait"),
            () -> assertWithin(exact.serviceLevel(), inTimeShare, shareError(exact.serviceLevel()), "service level"),
            () -> {
                if (served > 0) {
                    assertWithin(exact.asaSeconds(), meanWait, waitError, "asa");
                }
            });
    }

    private static double shareError(double p) {
        return Math.sqrt(p * (1 - p) / DRAWS);
    }

    /** Five standard errors, plus one caller's share for shares within 1e-6 of 0 or 1. */
    private static void assertWithin(double exact, double sampled, double standardError, String what) {
        assertTrue(Math.abs(sampled - exact) <= 5 * standardError + 1.0 / DRAWS,
            what + ": sampled " + sampled + ", exact " + exact + ", standard error " + standardError);
    }

    @Test
    void theSameStreamGivesTheSameDraws() {
        QueueSampler sampler = QueueSampler.of(new Traffic(0.1, 180, 120), 18);
        double[] first = new double[1000];
        double[] second = new double[1000];
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        for (int i = 0; i < first.length; i++) {
            first[i] = sampler.draw(a);
            second[i] = QueueSampler.of(new Traffic(0.1, 180, 120), 18).draw(b);
        }
        assertArrayEquals(first, second);
    }

    @Test
    void anUnstableErlangCQueueKeepsEveryoneWaitingForever() {
        QueueSampler sampler = QueueSampler.of(new Traffic(0.1, 180, Double.POSITIVE_INFINITY), 18);
        assertEquals(Double.POSITIVE_INFINITY, sampler.draw(new SplittableRandom(1)));
    }

    @Test
    void withNoAgentsEveryoneHangsUp() {
        QueueSampler sampler = QueueSampler.of(new Traffic(0.05, 180, 120), 0);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(QueueSampler.ABANDONED, sampler.draw(random));
        }
    }
}
