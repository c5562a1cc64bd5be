package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Finding;
import io.ivraudit.audit.Rule;
import io.ivraudit.audit.Rules;
import io.ivraudit.model.Severity;
import io.ivraudit.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format sarif}: SARIF 2.1.0 with every rule's metadata and help, and one result
 * per finding located at its YAML line and column, so code scanning annotates the pull request.
 * Suppressed findings are kept, marked with their justification.
 */
public final class SarifReport {
    private SarifReport() {}

    public static String write(List<AuditResult> results, String version) {
        List<Rule> rules = Rules.all();
        List<Object> sarifResults = new ArrayList<>();
        for (AuditResult r : results) {
            r.findings().forEach(f -> sarifResults.add(result(f, null)));
            r.suppressed().forEach(s -> sarifResults.add(result(s.finding(), s.by().reason())));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ivr-audit");
        driver.put("version", version);
        driver.put("rules", rules.stream().map(SarifReport::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", sarifResults);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return Json.write(root);
    }

    private static Map<String, Object> rule(Rule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rule.id());
        m.put("name", camel(rule.id()));
        m.put("shortDescription", Map.of("text", rule.summary()));
        m.put("fullDescription", Map.of("text", rule.summary() + " " + rule.help()));
        m.put("help", Json.object("text", rule.help(), "markdown", "**" + rule.summary() + "**\n\n" + rule.help()));
        m.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
        return m;
    }

    private static Map<String, Object> result(Finding f, String suppressedBecause) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.rule());
        m.put("ruleIndex", Rules.ids().indexOf(f.rule()));
        m.put("level", level(f.severity()));
        m.put("message", Map.of("text", f.message()));
        m.put("locations", List.of(Map.of("physicalLocation", location(f.at()))));
        m.put("partialFingerprints", Map.of("ivrAuditFinding/v1", f.rule() + ":" + f.node()));
        if (suppressedBecause != null) {
            m.put("suppressions", List.of(Json.object("kind", "external", "justification", suppressedBecause)));
        }
        return m;
    }

    private static Map<String, Object> location(SourcePosition at) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", Math.max(1, at.line()));
        region.put("startColumn", Math.max(1, at.column()));
        return Json.object("artifactLocation", Map.of("uri", uri(at.file())), "region", region);
    }

    /** A path relative to the working directory (as code scanning expects), else a file URI. */
    static String uri(String file) {
        Path path = Path.of(file).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(cwd)) {
            return cwd.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toUri().toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
