package io.ivraudit.queue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Erlang A's figures agree with an event-driven simulation of the same queue, within 5 standard errors. */
class ErlangASimulationTest {
    private static final int CALLERS = 400_000;
    private static final double ERRORS = 5;

    static Stream<Arguments> queues() {
        return Stream.of(
            Arguments.of("load equal to the agents", new Traffic(0.1, 180, 120), 18, 20.0),
            Arguments.of("overloaded, impatient", new Traffic(1 / 6.0, 180, 60), 25, 30.0),
            Arguments.of("the published Erlang C example", new Traffic(100 / 1800.0, 180, Double.POSITIVE_INFINITY), 14, 20.0),
            Arguments.of("patience equal to handle time", new Traffic(10 / 120.0, 120, 120), 8, 15.0),
            Arguments.of("one agent", new Traffic(0.8 / 60, 60, 300), 1, 10.0),
            Arguments.of("many agents, long patience", new Traffic(2.0, 120, 900), 236, 20.0),
            Arguments.of("overloaded", new Traffic(278.5 / 120, 120, 217.7), 222, 38.5),
            Arguments.of("the same overloaded queue doubled: a lower service level", new Traffic(2 * 278.5 / 120, 120, 217.7), 444, 38.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queues")
    void formulasAgreeWithTheSimulatedQueue(String name, Traffic traffic, int agents, double answerWithin) {
        QueueFigures exact = ErlangA.figures(traffic, agents, answerWithin);
        QueueSimulation.Result simulated = QueueSimulation.run(traffic, agents, answerWithin, CALLERS, 20261130L + agents);
        assertAll(
            () -> assertTrue(simulated.pWait().agrees(exact.pWait(), ERRORS), "pWait " + exact.pWait() + " vs " + simulated.pWait()),
            () -> assertTrue(simulated.pAbandon().agrees(exact.pAbandon(), ERRORS),
                "pAbandon " + exact.pAbandon() + " vs " + simulated.pAbandon()),
            () -> assertTrue(simulated.asaSeconds().agrees(exact.asaSeconds(), ERRORS),
                "asa " + exact.asaSeconds() + " vs " + simulated.asaSeconds()),
            () -> assertTrue(simulated.serviceLevel().agrees(exact.serviceLevel(), ERRORS),
                "service level " + exact.serviceLevel() + " vs " + simulated.serviceLevel()));
    }
}
