package io.ivraudit.cli;

import io.ivraudit.model.Tree;
import io.ivraudit.report.StaffReport;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code staff}: the queues of trees over the day, from the calls the caller model sends them (SPEC section 2b). */
@Command(name = "staff", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Per queue and interval of the day: the calls the menus send it, agents on the phones and the agents "
        + "the service targets need (before and after shrinkage), service level, hang-ups on hold, waits, occupancy, "
        + "one agent more or fewer; then paid hours and the cost of the day. Needs a tree with queues.")
final class StaffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml) with queues")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<Tree> trees = Trees.loadOrFail(files, input);
        List<String> errors = new ArrayList<>();
        for (Tree tree : trees) {
            if (!tree.centre().any()) {
                errors.add(tree.file() + ":1:1: the tree declares no queues; expected 'queues' (with costs.calls_per_day) "
                    + "for staff to work out");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInput(errors);
        }
        List<StaffReport.Day> days = trees.parallelStream()
            .map(tree -> new StaffReport.Day(tree, Simulator.run(CompiledTree.of(tree), Method.EXACT))).toList();
        output.write(format == Format.json ? StaffReport.json(days) : StaffReport.text(days), spec.commandLine().getOut());
        return 0;
    }
}
