package io.ivraudit.cli;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.load.InputFile;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.rank.Redesigns;
import io.ivraudit.rank.Variant;
import io.ivraudit.report.AuditJson;
import io.ivraudit.report.AuditText;
import io.ivraudit.report.HtmlReport;
import io.ivraudit.report.MarkdownReport;
import io.ivraudit.report.TreeReport;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit}: findings, figures and ranked redesigns, as text, JSON, Markdown or a client HTML report. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Audit phone trees: every rule's findings; per intent, the fewest presses and seconds to a person; "
        + "the caller model's figures (sampled, or exact with --exact); and, in json, markdown and html, the ranked "
        + "redesigns. --report-dir writes the HTML, Markdown and JSON report of every tree.")
final class AuditCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml), flow exports (.json) or folders of one contact centre's exports")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text",
        description = "text, json, markdown (for a pull request) or html (a self-contained client report) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--report-dir", paramLabel = "DIR",
        description = "write <tree>.html, <tree>.md and <tree>.json for every tree into DIR")
    Path reportDir;

    @Mixin AuditSettings settings;
    @Mixin SimulationOptions simulation;
    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<Tree> trees = Trees.loadOrFail(files, input);
        boolean redesigns = reportDir != null || format != Format.text;
        List<TreeReport> reports = (trees.size() > 1 ? trees.parallelStream() : trees.stream())
            .map(tree -> report(tree, redesigns)).toList();
        if (reportDir != null) {
            writeReports(reports);
            return 0;
        }
        String text = switch (format) {
            case text -> AuditText.audit(reports, Terminal.colour(output));
            case json -> AuditJson.audit(reports);
            case markdown -> MarkdownReport.write(reports);
            case html -> HtmlReport.write(reports);
        };
        output.write(text, spec.commandLine().getOut());
        return 0;
    }

    private TreeReport report(Tree tree, boolean withRedesigns) {
        Path file = Path.of(tree.file());
        AuditConfig config = settings.forTree(file);
        AuditResult audit = Auditor.audit(tree, config);
        Figures figures = simulation.run(audit.graph(), spec.commandLine().getErr());
        List<Ranking.Ranked> ranked = List.of();
        if (withRedesigns) {
            ranked = Redesigns.ranked(new Variant("base", "today's tree, as it is", tree), audit, config, Objective.COST,
                Method.EXACT, Roster.AS_WRITTEN);
        }
        return new TreeReport(audit, figures, ranked, sourceLines(file), reproduce(tree));
    }

    private String reproduce(Tree tree) {
        String how = simulation.exact ? "--exact" : "--callers " + simulation.callers + " --seed " + simulation.seed;
        return "java -jar ivr-audit.jar audit " + how + " --format html " + tree.file();
    }

    private static List<String> sourceLines(Path file) {
        InputFile.Contents contents = InputFile.read(file);
        if (contents instanceof InputFile.Refused refused) {
            throw new BadInput(file + ":1:1: " + refused.message("a tree file (.yaml) to quote in the report"));
        }
        return new String(((InputFile.Bytes) contents).bytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private void writeReports(List<TreeReport> reports) {
        try {
            Files.createDirectories(reportDir);
        } catch (IOException e) {
            throw new BadInput(reportDir + ": cannot create the folder (" + e.getMessage() + "); expected a writable --report-dir");
        }
        for (TreeReport report : reports) {
            String id = report.audit().tree().id();
            List<TreeReport> one = List.of(report);
            OutputFile.writeInFolder(reportDir, id + ".html", HtmlReport.write(one), "--report-dir");
            OutputFile.writeInFolder(reportDir, id + ".md", MarkdownReport.write(one), "--report-dir");
            OutputFile.writeInFolder(reportDir, id + ".json", AuditJson.audit(one), "--report-dir");
        }
    }
}
