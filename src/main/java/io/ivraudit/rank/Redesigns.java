package io.ivraudit.rank;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suggested redesigns of a tree: every fix that applies, a team of advocates one press from
 * the start for a tree with queues ({@link Advocates}), then the combination of the fixes that
 * each beat the base, applied in order of how much they save. Each is a {@link Variant}
 * whose tree id is {@code <base id>--<fix name>}.
 */
public final class Redesigns {
    private Redesigns() {}

    /** The suggestions for {@code base}, scored to pick what the combination takes. */
    public static List<Variant> suggest(Tree base, AuditConfig config, Objective objective, Method method, Roster roster) {
        return suggest(Auditor.audit(base, config), config, objective, method, roster, new IdentityHashMap<>());
    }

    /**
     * {@code base} and every suggestion for its tree, ranked; the figures solved to choose the
     * combination are reused, so each design is solved once.
     */
    public static List<Ranking.Ranked> ranked(Variant base, AuditResult baseAudit, AuditConfig config,
                                              Objective objective, Method method, Roster roster) {
        Map<Tree, Figures> solved = new IdentityHashMap<>();
        List<Variant> designs = new ArrayList<>();
        designs.add(base);
        designs.addAll(suggest(baseAudit, config, objective, method, roster, solved));
        return Ranking.rank(designs, objective, method, roster, solved);
    }

    private static List<Variant> suggest(AuditResult baseAudit, AuditConfig config, Objective objective,
                                         Method method, Roster roster, Map<Tree, Figures> solved) {
        Tree base = baseAudit.tree();
        List<Variant> singles = new ArrayList<>();
        List<Suggestions.Fix> applied = new ArrayList<>();
        for (Suggestions.Fix fix : Suggestions.all(config)) {
            Optional<Tree> tree = fix.apply(base, baseAudit);
            if (tree.isPresent()) {
                singles.add(variant(base, fix.name(), fix.changes(), tree.get()));
                applied.add(fix);
            }
        }
        Advocates.of(base).ifPresent(tree -> singles.add(variant(base, Advocates.NAME, Advocates.CHANGES, tree)));
        if (singles.size() < 2) {
            return singles;
        }
        List<Variant> withBase = new ArrayList<>();
        withBase.add(new Variant("base", "as it is", base));
        withBase.addAll(singles);
        List<Ranking.Ranked> ranked = Ranking.rank(withBase, objective, method, roster, solved);
        double baseScore = ranked.stream().filter(r -> r.variant().name().equals("base")).findFirst().orElseThrow().score();
        List<Suggestions.Fix> improving = ranked.stream().filter(r -> r.score() < baseScore && !r.variant().name().equals("base"))
            .sorted(Comparator.comparingDouble(Ranking.Ranked::score))
            .filter(r -> singles.indexOf(r.variant()) < applied.size())
            .map(r -> applied.get(singles.indexOf(r.variant()))).toList();
        if (improving.size() >= 2) {
            Tree combined = base;
            List<String> names = new ArrayList<>();
            for (Suggestions.Fix fix : improving) {
                Optional<Tree> next = fix.apply(combined, Auditor.audit(combined, config));
                if (next.isPresent()) {
                    combined = next.get();
                    names.add(fix.name());
                }
            }
            singles.add(variant(base, "combined", "all of: " + String.join(", ", names), combined));
        }
        return singles;
    }

    private static Variant variant(Tree base, String name, String changes, Tree tree) {
        Tree renamed = new Tree(base.id() + "--" + name, tree.title(), tree.entry(), tree.caller(), tree.costs(),
            tree.centre(), tree.intents(), tree.addresses(), tree.nodes(), tree.at());
        return new Variant(name, changes, renamed);
    }
}
