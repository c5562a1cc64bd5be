package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Finding;
import io.ivraudit.audit.Gates;
import io.ivraudit.audit.IntentFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** The JSON of {@code audit} and {@code check}, with the keys of SPEC section 5. */
public final class AuditJson {
    private AuditJson() {}

    /**
     * {@code audit --format json}: every finding once (SPEC section 5's keys), then each tree with
     * the indices of its findings in that list, its suppressed findings, static figures, the caller
     * model's figures under {@code simulation} (SPEC section 5's keys) and the ranked redesigns
     * under {@code redesigns} (the keys of {@code rank --format json}). Linear in the findings.
     */
    public static String audit(List<TreeReport> reports) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("findings", reports.stream().flatMap(r -> r.audit().findings().stream()).map(AuditJson::finding).toList());
        List<Map<String, Object>> trees = new ArrayList<>();
        int first = 0;
        for (TreeReport report : reports) {
            Map<String, Object> tree = tree(report.audit(), first);
            first += report.audit().findings().size();
            tree.put("simulation", SimulationJson.figures(report.figures()));
            tree.put("redesigns", RankJson.variants(report.redesigns()));
            tree.put("reproduce", report.reproduce());
            trees.add(tree);
        }
        root.put("trees", trees);
        return Json.write(root);
    }

    /** {@code check --format json}: whether it passed, every finding once, and every gate with its count of findings. */
    public static String check(List<AuditResult> results, List<Gates.Gate> gates, List<String> failOn) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("passed", Gates.passed(gates));
        root.put("fail_on", failOn);
        root.put("findings", results.stream().flatMap(r -> r.findings().stream()).map(AuditJson::finding).toList());
        root.put("gates", gates.stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", g.file());
            m.put("rule", g.rule().id());
            m.put("gating", g.failing());
            m.put("passed", !g.failed());
            m.put("findings", g.findings().size());
            return m;
        }).toList());
        return Json.write(root);
    }

    /** One tree's part; its findings are the top-level ones from index {@code first} on, named by index. */
    private static Map<String, Object> tree(AuditResult r, int first) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree", r.tree().id());
        m.put("file", r.tree().file());
        m.put("title", r.tree().title());
        m.put("findings", IntStream.range(first, first + r.findings().size()).boxed().toList());
        m.put("suppressed", r.suppressed().stream().map(s -> {
            Map<String, Object> f = finding(s.finding());
            f.put("reason", s.by().reason());
            return f;
        }).toList());
        m.put("intents", Json.lazyObject(r.figures(), IntentFigures::intent, AuditJson::figures));
        return m;
    }

    /** One finding with the keys of SPEC section 5. */
    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().word());
        m.put("node", f.node());
        m.put("file", f.at().file());
        m.put("line", f.at().line());
        m.put("column", f.at().column());
        m.put("message", f.message());
        return m;
    }

    private static Map<String, Object> figures(IntentFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("has_right_human", f.hasRightHuman());
        m.put("presses_to_right_human", orNull(f.pressesToRightHuman()));
        m.put("seconds_to_right_human", orNull(f.secondsToRightHuman()));
        m.put("presses_to_any_human", orNull(f.pressesToAnyHuman()));
        m.put("seconds_to_any_human", orNull(f.secondsToAnyHuman()));
        return m;
    }

    private static Integer orNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }
}
