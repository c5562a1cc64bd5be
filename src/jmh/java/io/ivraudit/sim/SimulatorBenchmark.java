package io.ivraudit.sim;

import io.ivraudit.load.TreeLoader;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator's walk on the sample trees, with every figure of SPEC section 5 tallied. One
 * invocation walks a block of callers; the {@code menuSteps} counter reports menu steps a
 * second (menu visits, each one random draw and one table lookup), comparable to the floor.
 * Two threads, one per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SimulatorBenchmark {
    @Param({"meridian-health", "northwind-cable", "harbor-savings-bank", "skyway-air", "cascade-utilities"})
    public String tree;

    private CompiledTree compiled;
    private SplittableRandom random;
    private MonteCarlo.Tally tally;
    private int[] menus;

    /** Menu steps taken, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Steps {
        public long menuSteps;
    }

    @Setup(Level.Trial)
    public void compile() {
        compiled = CompiledTree.of(TreeLoader.load(Path.of("trees", tree + ".yaml")).tree().orElseThrow());
        random = new SplittableRandom(42);
        tally = new MonteCarlo.Tally(compiled, (int) Math.ceil(MonteCarlo.longestSecondsToHuman(compiled)) + 2, 1);
        menus = java.util.stream.IntStream.range(0, compiled.nodeCount)
            .filter(i -> compiled.type[i] == CompiledTree.MENU).toArray();
    }

    @Benchmark
    public long walkABlock(Steps steps) {
        long before = menuVisits();
        MonteCarlo.walk(compiled, random, MonteCarlo.BLOCK, tally);
        long taken = menuVisits() - before;
        steps.menuSteps += taken;
        return taken;
    }

    private long menuVisits() {
        long sum = 0;
        for (int menu : menus) {
            sum += tally.visits[menu];
        }
        return sum;
    }
}
