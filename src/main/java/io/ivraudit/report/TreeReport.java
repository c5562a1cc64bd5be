package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.Figures;
import java.util.List;

/**
 * Everything a client report says about one tree: the static audit, the caller model's figures,
 * the ranked redesigns (base included), the tree file's lines (for excerpts around findings) and
 * the command that reproduces the figures.
 */
public record TreeReport(AuditResult audit, Figures figures, List<Ranking.Ranked> redesigns, List<String> sourceLines,
                         String reproduce) {
    public TreeReport {
        redesigns = List.copyOf(redesigns);
        sourceLines = List.copyOf(sourceLines);
    }
}
