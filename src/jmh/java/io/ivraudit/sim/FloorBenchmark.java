package io.ivraudit.sim;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor the simulator is measured against: per step, one SplittableRandom draw and one
 * lookup in a small cumulative table, nothing else. Score: steps a second per thread; run on
 * two threads, one per core, so the sum is "both cores".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FloorBenchmark {
    static final int STEPS = 1 << 20;

    private final SplittableRandom random = new SplittableRandom(42);
    private final double[] cumulative = {0.05, 0.3, 0.55, 0.8, Double.POSITIVE_INFINITY};
    private final int[] target = {4, 1, 2, 3, 0};

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public int drawAndLookUp() {
        int state = 0;
        for (int i = 0; i < STEPS; i++) {
            double r = random.nextDouble();
            int j = 0;
            while (r >= cumulative[j]) {
                j++;
            }
            state += target[j];
        }
        return state;
    }
}
