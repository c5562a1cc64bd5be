package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Finding;
import io.ivraudit.audit.Gates;
import io.ivraudit.audit.IntentFigures;
import io.ivraudit.model.Severity;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The text of {@code audit} and {@code check}: findings grouped by severity, per-intent figures, gates. */
public final class AuditText {
    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private AuditText(boolean colour) {
        this.colour = colour;
    }

    /** {@code audit}: each tree's findings by severity, its per-intent static figures, then the caller model's. */
    public static String audit(List<TreeReport> reports, boolean colour) {
        AuditText text = new AuditText(colour);
        for (TreeReport report : reports) {
            text.findings(report.audit());
            text.figures(report.audit());
            text.out.append(SimulationText.write(report.figures())).append('\n');
        }
        return text.out.toString();
    }

    /** {@code check}: each tree's findings, then the gates that failed and the verdict. */
    public static String check(List<AuditResult> results, List<Gates.Gate> gates, boolean colour) {
        AuditText text = new AuditText(colour);
        results.forEach(text::findings);
        List<Gates.Gate> failed = gates.stream().filter(Gates.Gate::failed).toList();
        for (Gates.Gate gate : failed) {
            text.out.append(text.paint("FAILED", "31;1")).append(' ').append(Printable.of(gate.file())).append(": ")
                .append(gate.rule().id()).append(" (").append(Words.count(gate.findings().size(), "finding")).append(')')
                .append('\n');
        }
        text.out.append(failed.isEmpty() ? text.paint("check passed", "32;1")
            : text.paint("check failed", "31;1")).append(": ").append(Words.count(gates.size(), "gate")).append(", ")
            .append(failed.size()).append(" failed\n");
        return text.out.toString();
    }

    private void findings(AuditResult r) {
        String title = r.tree().title() == null ? "" : " (" + Printable.of(r.tree().title()) + ")";
        out.append(paint(Printable.of(r.tree().file()), "1")).append(": tree '").append(Printable.of(r.tree().id()))
            .append('\'').append(title)
            .append('\n');
        if (r.findings().isEmpty()) {
            out.append("  no findings\n");
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append("  ").append(paint(Words.count(group.size(), severity.word()), colourOf(severity))).append('\n');
            for (Finding f : group) {
                out.append("    ").append(f.at().line()).append(':').append(f.at().column()).append("  ")
                    .append(Printable.of(f.message())).append("  ").append(paint("[" + f.rule() + "]", "2")).append('\n');
            }
        }
        for (AuditResult.Suppressed s : r.suppressed()) {
            out.append("  suppressed: ").append(s.finding().rule()).append(" at '").append(Printable.of(s.finding().node()))
                .append("' (").append(Printable.of(s.by().reason())).append(")\n");
        }
        r.unusedSuppressions().forEach(s -> out.append("  unused suppression ").append(s.at()).append(": ")
            .append(Printable.of(s.rule())).append(" at '").append(Printable.of(s.node()))
            .append("' matched no finding; remove it\n"));
    }

    private void figures(AuditResult r) {
        out.append("  ").append(paint("fewest presses / seconds to a person (announced options; seconds include hold)", "1"))
            .append('\n');
        int width = SimulationText.columnWidth(r.figures().stream().map(IntentFigures::intent), 6);
        out.append(String.format(Locale.ROOT, "    %-" + width + "s  %18s  %18s%n", "intent", "right person", "any person"));
        for (IntentFigures f : r.figures()) {
            out.append(String.format(Locale.ROOT, "    %-" + width + "s  %18s  %18s%n", Printable.of(f.intent()),
                f.hasRightHuman() ? route(f.pressesToRightHuman(), f.secondsToRightHuman()) : "none resolves it",
                route(f.pressesToAnyHuman(), f.secondsToAnyHuman())));
        }
        out.append('\n');
    }

    private static String route(OptionalInt presses, OptionalDouble seconds) {
        if (presses.isEmpty()) {
            return "unreachable";
        }
        return String.format(Locale.ROOT, "%s, %.0f s", Words.count(presses.getAsInt(), "press"), seconds.orElseThrow());
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "31;1";
            case WARNING -> "33;1";
            case NOTE -> "36";
        };
    }

    private String paint(String text, String code) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
