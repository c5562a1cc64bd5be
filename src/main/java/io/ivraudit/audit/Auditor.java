package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Suppression;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule on a tree with a config's thresholds and severities, and sets suppressed
 * findings apart. Cost: the graph once, two Dijkstra runs, then each rule (linear or near it).
 */
public final class Auditor {
    private Auditor() {}

    /** Audits one loaded tree. */
    public static AuditResult audit(Tree tree, AuditConfig config) {
        return audit(IvrGraph.of(tree), config);
    }

    /** Audits the tree of an already built graph. */
    public static AuditResult audit(IvrGraph graph, AuditConfig config) {
        AuditContext context = new AuditContext(graph, config.thresholds(), config.severities());
        List<Finding> all = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (!config.isOff(rule.id())) {
                all.addAll(rule.check(context));
            }
        }
        all.sort(Comparator.comparingInt((Finding f) -> f.at().line()).thenComparingInt(f -> f.at().column())
            .thenComparing(Finding::rule));
        List<Finding> kept = new ArrayList<>();
        List<AuditResult.Suppressed> suppressed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        for (Finding finding : all) {
            Optional<Suppression> by = config.suppressions().stream()
                .filter(s -> s.rule().equals(finding.rule()) && s.node().equals(finding.node())).findFirst();
            by.ifPresentOrElse(s -> {
                suppressed.add(new AuditResult.Suppressed(finding, s));
                used.add(s);
            }, () -> kept.add(finding));
        }
        List<Suppression> unused = config.suppressions().stream().filter(s -> !used.contains(s)).toList();
        return new AuditResult(graph, kept, suppressed, unused, context.figures());
    }
}
