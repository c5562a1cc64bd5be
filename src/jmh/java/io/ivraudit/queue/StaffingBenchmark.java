package io.ivraudit.queue;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Staffs a day: 20 queues x 48 half-hour intervals, peak loads spread from 1 to 200 erlangs,
 * handle times of 2 to 10 minutes, patience of 1 to 5 minutes, a day-shaped profile (no
 * interval under 1 erlang), the SPEC's default target (80% in 20 s, at most 5% hang up).
 * Reports the time for all 960 {@link Staffing#fewestAgents} calls. For the time right after
 * start-up, run it single-shot in fresh forks: {@code -Djmh.args="StaffingBenchmark -bm ss -f 5 -wi 0 -i 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StaffingBenchmark {
    static final int QUEUES = 20;
    static final int INTERVALS = 48;

    private Traffic[][] day;

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(42);
        day = new Traffic[QUEUES][INTERVALS];
        for (int q = 0; q < QUEUES; q++) {
            double peak = 1 + 199.0 * q / (QUEUES - 1);
            double handle = 120 + 480 * random.nextDouble();
            double patience = 60 + 240 * random.nextDouble();
            for (int i = 0; i < INTERVALS; i++) {
                double shape = Math.sin(Math.PI * (i + 0.5) / INTERVALS);
                double load = Math.max(1, peak * shape * shape * (0.9 + 0.2 * random.nextDouble()));
                day[q][i] = new Traffic(load / handle, handle, patience);
            }
        }
    }

    /** Agents over the day, so that nothing is optimised away. */
    @Benchmark
    public long staffDay() {
        long agents = 0;
        for (Traffic[] queue : day) {
            for (Traffic interval : queue) {
                agents += Staffing.fewestAgents(interval, ServiceTarget.DEFAULT);
            }
        }
        return agents;
    }
}
