package io.ivraudit.report;

import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** The figures as a table a CX designer reads: how calls end, and how long a person takes, per intent. */
public final class SimulationText {
    /** The widest a column of names is padded to; longer names run over. */
    static final int WIDEST = 40;

    private SimulationText() {}

    public static String write(Figures f) {
        StringBuilder out = new StringBuilder();
        out.append(f.sampled()
            ? String.format(Locale.ROOT, "%s: %s (seed %d)%n", Printable.of(f.tree()), Words.count(f.callers(), "simulated caller"), f.seed())
            : String.format(Locale.ROOT, "%s: exact figures of the caller model%n", Printable.of(f.tree())));
        int width = columnWidth(f.intents().keySet().stream(), 7);
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %6s", "intent", "calls"));
        for (Outcome o : Outcome.values()) {
            out.append(String.format(Locale.ROOT, " %12s", o.key()));
        }
        out.append(String.format(Locale.ROOT, " %9s %9s %9s%n", "hops", "seconds", "right"));
        row(out, width, "all", 1.0, f.overall());
        for (Map.Entry<String, Figures.IntentResult> e : f.intents().entrySet()) {
            row(out, width, e.getKey(), e.getValue().share(), e.getValue().figures());
        }
        Distribution d = f.overall();
        out.append(String.format(Locale.ROOT, "  hops to a person: mean %s, p50 %s, p90 %s, max %s; seconds to a person: mean %s%s%n",
            number(d.hopsToHuman().mean(), "%.2f"), number(d.hopsToHuman().p50(), "%.0f"),
            number(d.hopsToHuman().p90(), "%.0f"), number(d.hopsToHuman().max(), "%.0f"),
            number(d.secondsToHuman().mean(), "%.1f"),
            d.secondsToHuman().p50().isPresent() ? ", p50 " + number(d.secondsToHuman().p50(), "%.0f") + ", p90 "
                + number(d.secondsToHuman().p90(), "%.0f") : ""));
        if (f.sampled()) {
            Distribution.Share human = d.outcomes().get(Outcome.HUMAN);
            out.append(String.format(Locale.ROOT, "  reach a person: %.2f%% (95%% interval %.2f%% to %.2f%%)%n",
                100 * human.share(), 100 * human.low(), 100 * human.high()));
        }
        return out.toString();
    }

    /**
     * The width of a column of names: the longest, shown as printed, but at least {@code least}
     * and at most {@link #WIDEST}, so one long name cannot pad every row of a table.
     */
    static int columnWidth(Stream<String> names, int least) {
        return Math.min(WIDEST, Math.max(least, names.mapToInt(n -> Printable.of(n).length()).max().orElse(0)));
    }

    private static void row(StringBuilder out, int width, String name, double share, Distribution d) {
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %5.1f%%", Printable.of(name), 100 * share));
        for (Outcome o : Outcome.values()) {
            out.append(String.format(Locale.ROOT, " %11.1f%%", 100 * d.outcomes().get(o).share()));
        }
        out.append(String.format(Locale.ROOT, " %9s %9s %9s%n", number(d.hopsToHuman().mean(), "%.2f"),
            number(d.secondsToHuman().mean(), "%.0f"),
            d.rightHumanShare().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * d.rightHumanShare().getAsDouble()) : "-"));
    }

    private static String number(OptionalDouble value, String format) {
        return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "-";
    }
}
