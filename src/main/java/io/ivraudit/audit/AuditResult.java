package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.Suppression;
import io.ivraudit.model.Tree;
import java.util.List;

/**
 * The static audit of one tree: the findings in file order, those the config suppressed (with
 * the reason), the suppressions that matched nothing, and the per-intent static figures.
 */
public record AuditResult(IvrGraph graph, List<Finding> findings, List<Suppressed> suppressed,
                          List<Suppression> unusedSuppressions, List<IntentFigures> figures) {
    public AuditResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        unusedSuppressions = List.copyOf(unusedSuppressions);
        figures = List.copyOf(figures);
    }

    /** A finding the config file suppressed, and why. */
    public record Suppressed(Finding finding, Suppression by) {}

    public Tree tree() {
        return graph.tree();
    }
}
