package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Suppression;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every rule on a tree with a config's thresholds and severities, and sets suppressed
 * findings apart. Cost: the graph once, two Dijkstra runs, each rule (linear or near it), then
 * sorting the findings and one look-up per finding among the suppressions.
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
        Map<Target, Suppression> suppressions = new HashMap<>();
        config.suppressions().forEach(s -> suppressions.putIfAbsent(new Target(s.rule(), s.node()), s));
        List<Finding> kept = new ArrayList<>();
        List<AuditResult.Suppressed> suppressed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        for (Finding finding : all) {
            Suppression by = suppressions.get(new Target(finding.rule(), finding.node()));
            if (by == null) {
                kept.add(finding);
            } else {
                suppressed.add(new AuditResult.Suppressed(finding, by));
                used.add(by);
            }
        }
        List<Suppression> unused = config.suppressions().stream().filter(s -> !used.contains(s)).toList();
        return new AuditResult(graph, kept, suppressed, unused, context.figures());
    }

    /** What a suppression names: one rule at one node (or intent). */
    private record Target(String rule, String node) {}
}
