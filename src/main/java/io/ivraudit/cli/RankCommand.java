package io.ivraudit.cli;

import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.rank.Redesigns;
import io.ivraudit.rank.Variant;
import io.ivraudit.report.RankJson;
import io.ivraudit.report.RankText;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import java.io.IOException;
import java.nio.file.Files;
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

/** {@code rank}: a tree against its redesigns, best first. */
@Command(name = "rank", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Rank a tree against redesigns (variant files, and with --suggest the fixes of its findings) "
        + "by expected cost per call or another objective. Exact by default; --callers samples, every design "
        + "seeing the same callers.")
final class RankCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "BASE", description = "the tree as it is")
    Path base;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "VARIANT", description = "variant files (extends: the base)")
    List<Path> variants = new ArrayList<>();

    @Option(names = "--suggest", description = "add redesigns derived from the base's findings")
    boolean suggest;

    @Option(names = "--suggest-out", paramLabel = "DIR", description = "write the suggested redesigns to DIR as variant files")
    Path suggestOut;

    @Option(names = "--staffed", description = "staff each design's queues to the service targets and score it by the "
        + "day's full cost; without it, designs share today's roster and their hang-ups on hold show what it cannot carry")
    boolean staffed;

    @Option(names = "--objective", defaultValue = "cost", paramLabel = "NAME",
        description = "cost (default), failure-share, human-share, presses-to-human or seconds-to-human")
    String objective;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin SimulationOptions simulation;
    @Mixin AuditSettings settings;
    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        Objective goal = Objective.of(objective).orElseThrow(() -> new BadInput("--objective: '" + objective
            + "' is not an objective; expected cost, failure-share, human-share, presses-to-human or seconds-to-human"));
        Method method = method();
        List<Path> files = new ArrayList<>(List.of(base));
        files.addAll(variants);
        List<Tree> trees = Trees.loadOrFail(files, input);
        Tree baseTree = trees.get(0);
        List<Variant> designs = new ArrayList<>();
        designs.add(new Variant("base", "as it is", baseTree));
        for (int i = 1; i < trees.size(); i++) {
            designs.add(new Variant(trees.get(i).id(), "variant file " + files.get(i), trees.get(i)));
        }
        if (suggest || suggestOut != null) {
            AuditConfig config = settings.forTree(base);
            List<Variant> suggested = Redesigns.suggest(baseTree, config, goal, method, roster());
            if (suggestOut != null) {
                writeSuggestions(baseTree, suggested);
            }
            designs.addAll(suggested);
        }
        List<Ranking.Ranked> ranked = Ranking.rank(designs, goal, method, roster());
        output.write(format == Format.json ? RankJson.write(ranked, goal)
            : RankText.write(ranked, goal, !method.sampled(), baseTree.effectiveCosts()), spec.commandLine().getOut());
        return 0;
    }

    private Roster roster() {
        return staffed ? Roster.STAFFED : Roster.AS_WRITTEN;
    }

    /** Exact unless {@code --callers} is given (and {@code --exact} is not): a ranking should not wobble by default. */
    private Method method() {
        boolean sampled = spec.commandLine().getParseResult().hasMatchedOption("--callers");
        return simulation.method(simulation.exact || !sampled);
    }

    private void writeSuggestions(Tree baseTree, List<Variant> suggested) {
        try {
            Files.createDirectories(suggestOut);
        } catch (IOException e) {
            throw new BadInput(suggestOut + ": cannot create the folder (" + e.getMessage() + "); expected a writable --suggest-out");
        }
        Path dir = suggestOut.toAbsolutePath().normalize();
        String extendsPath = dir.relativize(base.toAbsolutePath().normalize()).toString().replace('\\', '/');
        for (Variant v : suggested) {
            OutputFile.writeInFolder(dir, v.tree().id() + ".yaml", TreeWriter.writeVariant(baseTree, v.tree(), extendsPath,
                List.of("Suggested by ivr-audit rank --suggest: " + v.changes() + ".",
                    "A variant of " + extendsPath + ": only what changes is written here.")), "--suggest-out");
        }
    }
}
