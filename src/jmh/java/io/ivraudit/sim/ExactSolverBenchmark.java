package io.ivraudit.sim;

import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact solver on a generated tree of {@code nodes} nodes: menus of four options (one
 * hidden) three quarters of the way down, then messages, business-hours branches, people and
 * hang-ups; four intents. Reports the time to solve a compiled tree, and the whole way from a
 * loaded tree (JGraphT graph, choice tables, solution).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExactSolverBenchmark {
    @Param({"100000"})
    public int nodes;

    private Tree tree;
    private CompiledTree compiled;

    @Setup(Level.Trial)
    public void generate() {
        tree = generatedTree(nodes, new Random(42));
        compiled = CompiledTree.of(tree);
    }

    @Benchmark
    public Figures solve() {
        return ExactSolver.solve(compiled);
    }

    /** What a user pays: the graph, the compiled tables and the solution, from a loaded tree. */
    @Benchmark
    public Figures graphCompileAndSolve() {
        return ExactSolver.solve(CompiledTree.of(tree));
    }

    /** A deep, wide tree: node i's menu options lead to nodes 4i+1 .. 4i+4, like a heap. */
    static Tree generatedTree(int size, Random random) {
        SourcePosition at = SourcePosition.UNKNOWN;
        List<String> intentIds = List.of("billing", "outage", "sales", "cancel");
        Map<String, Node> nodes = new LinkedHashMap<>();
        int menus = (size - 1) / 4;
        for (int i = 0; i < size; i++) {
            String id = "n" + i;
            if (i < menus) {
                List<Option> options = new ArrayList<>();
                for (int o = 0; o < 4; o++) {
                    options.add(new Option(String.valueOf(o + 1), null, "For choice " + (o + 1) + ", press " + (o + 1) + ".",
                        "n" + (4 * i + o + 1), List.of(intentIds.get(random.nextInt(4))), o == 3, at));
                }
                nodes.put(id, new Node.Menu(id, "Menu " + i + ".", null, options, null, at));
            } else {
                int kind = random.nextInt(4);
                nodes.put(id, switch (kind) {
                    case 0 -> new Node.Human(id, "q", 60 + random.nextInt(300), List.of(intentIds.get(random.nextInt(4))), at);
                    case 1 -> new Node.Hangup(id, "Goodbye.", null, at);
                    case 2 -> new Node.Message(id, "Please hold.", null, "n0", at);
                    default -> new Node.Branch(id, List.of(new BranchArm(0.7, "n0", at), new BranchArm(0.3, "n" + (size - 1), at)), at);
                });
            }
        }
        Node last = nodes.get("n" + (size - 1));
        if (!(last instanceof Node.Human || last instanceof Node.Hangup)) {
            nodes.put(last.id(), new Node.Hangup(last.id(), "Goodbye.", null, at));
        }
        Map<String, Intent> intents = new LinkedHashMap<>();
        for (String intent : intentIds) {
            intents.put(intent, new Intent(intent, 1 + random.nextInt(10), List.of("n" + (size - 1)), CallerParams.NONE, at));
        }
        return new Tree("generated", null, "n0", new CallerParams(8, null, null, null, null, null), Costs.NONE, intents,
            Map.of(), nodes, at);
    }
}
