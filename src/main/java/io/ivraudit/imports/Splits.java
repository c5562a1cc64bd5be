package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The blocks where a call goes one of several ways without choosing an option: hours checks,
 * splits on data, splits on a caller's earlier input, data entry, and system blocks followed
 * through. Each exit is reported: followed, mapped, or mapped by a stated guess.
 */
final class Splits {
    private Splits() {}

    /** Open and closed, by the share of calls that find the centre open. */
    static String hours(Lowering l, Flow flow, Block block, double openShare, Set<String> following) {
        List<Exit> open = block.exits(Exit.Kind.OPEN);
        List<Exit> closed = block.exits(Exit.Kind.CLOSED);
        if (open.isEmpty() || closed.isEmpty()) {
            l.line(flow, block, "", Fate.GUESSED, "an hours check without both an open and a closed way: followed through");
            return pass(l, flow, block, following);
        }
        String id = l.reserve(flow, block, "hours");
        List<BranchArm> arms = new ArrayList<>();
        arms.add(new BranchArm(openShare, l.follow(flow, block, open.get(0), following), block.at()));
        double each = (1 - openShare) / closed.size();
        for (Exit exit : closed) {
            arms.add(new BranchArm(each, l.follow(flow, block, exit, following), block.at()));
        }
        l.nodes.put(id, new Node.Branch(id, merged(arms), block.at()));
        l.line(flow, block, "", Fate.GUESSED, String.format(Locale.ROOT,
            "the centre is taken to be open %.0f%% of the time (--open-share)", 100 * openShare));
        l.cutRest(flow, block, concat(open.subList(0, 1), closed), "an hours check failing is not modelled");
        return id;
    }

    /**
     * A split on data callers do not choose: each distinct way on an equal share; or, when it
     * compares a caller's input at a menu elsewhere, the key that led the caller here decides.
     */
    static String split(Lowering l, Flow flow, Block block, Step.Split split, Set<String> following) {
        if (split.inputOf() != null && flow.blocks().get(split.inputOf()) != null) {
            return EarlierInput.split(l, flow, block, split, following);
        }
        List<Exit> ways = concat(block.exits(Exit.Kind.CASE), block.exits(Exit.Kind.NO_MATCH));
        if (ways.isEmpty()) {
            return pass(l, flow, block, following);
        }
        return shares(l, flow, block, ways, following, "splits on " + split.reads()
            + ", which callers do not choose: each way on is taken an equal share of calls");
    }

    /**
     * Data entry (an account number, a PIN): the prompt, then success for a share of callers and
     * failure for the rest.
     */
    static String collect(Lowering l, Flow flow, Block block, Step.Collect collect, Set<String> following) {
        String id = l.reserve(flow, block, "entry");
        List<Exit> success = block.exits(Exit.Kind.SUCCESS);
        List<Exit> failure = new ArrayList<>(block.exits(Exit.Kind.FAILURE));
        failure.addAll(block.exits(Exit.Kind.NO_MATCH));
        failure.addAll(block.exits(Exit.Kind.TIMEOUT));
        failure.addAll(block.exits(Exit.Kind.ERROR));
        String split = l.ids.unique(id + "-result");
        String after = success.isEmpty() ? l.callEnds() : split;
        l.nodes.put(id, new Node.Message(id, Lowering.blankToNull(collect.prompt()), null, after, block.at()));
        if (success.isEmpty()) {
            l.line(flow, block, "", Fate.CUT, "data entry with no way on after success: the call ends");
            l.cutRest(flow, block, List.of(), "data entry with no way on after success");
            return id;
        }
        double ok = failure.isEmpty() ? 1 : l.options().entrySuccess();
        List<BranchArm> arms = new ArrayList<>();
        arms.add(new BranchArm(ok, l.follow(flow, block, success.get(0), following), block.at()));
        for (Exit exit : failure) {
            arms.add(new BranchArm((1 - ok) / failure.size(), l.follow(flow, block, exit, following), block.at()));
        }
        l.nodes.put(split, new Node.Branch(split, merged(arms), block.at()));
        l.line(flow, block, "", Fate.GUESSED, String.format(Locale.ROOT, "callers enter %s; %.0f%% are taken to "
            + "succeed (--entry-success)", collect.what(), 100 * ok));
        l.cutRest(flow, block, concat(success.subList(0, 1), failure), "a second success way is not modelled");
        return id;
    }

    /** A block with no meaning for callers: followed through its way on (several: equal shares). */
    static String pass(Lowering l, Flow flow, Block block, Set<String> following) {
        List<Exit> ways = block.exits().stream()
            .filter(e -> e.kind() != Exit.Kind.ERROR && e.kind() != Exit.Kind.NEVER).toList();
        String why = "a system block's error way is not modelled: the block is taken to succeed";
        if (ways.isEmpty()) {
            ways = block.exits(Exit.Kind.ERROR);
            why = "";
        }
        if (ways.isEmpty()) {
            String to = l.endOf(flow);
            l.line(flow, block, "", Fate.MAPPED, "no way on: the call goes to '" + to + "'");
            return alias(l, flow, block, to);
        }
        if (ways.size() == 1) {
            Exit only = ways.get(0);
            l.cutRest(flow, block, List.of(only), why);
            String to = only.connected() && flow.blocks().containsKey(only.target())
                ? l.resolve(flow, only.target(), following) : l.follow(flow, block, only, following);
            if (only.connected() && flow.blocks().containsKey(only.target())) {
                l.line(flow, block, only.describe(), Fate.FOLLOWED, "passed through to '" + to + "'");
            }
            return alias(l, flow, block, to);
        }
        return shares(l, flow, block, ways, following, "goes on by data callers do not choose: each way on is "
            + "taken an equal share of calls");
    }

    private static String shares(Lowering l, Flow flow, Block block, List<Exit> ways, Set<String> following,
                                 String guess) {
        String id = l.reserve(flow, block, "split");
        List<String> targets = new ArrayList<>();
        for (Exit exit : ways) {
            targets.add(l.follow(flow, block, exit, following));
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(targets));
        l.cutRest(flow, block, ways, "a system block's error way is not modelled");
        l.nodes.put(id, new Node.Branch(id, Lowering.equalArms(distinct, block.at()), block.at()));
        l.line(flow, block, "", distinct.size() == 1 ? Fate.FOLLOWED : Fate.GUESSED,
            distinct.size() == 1 ? "every way on leads to '" + distinct.get(0) + "'" : guess);
        return id;
    }

    /** Arms to the same node joined into one, shares added. */
    static List<BranchArm> merged(List<BranchArm> arms) {
        Map<String, BranchArm> byTarget = new LinkedHashMap<>();
        for (BranchArm arm : arms) {
            byTarget.merge(arm.goTo(), arm, (a, b) -> new BranchArm(a.share() + b.share(), a.goTo(), a.at()));
        }
        return List.copyOf(byTarget.values());
    }

    private static String alias(Lowering l, Flow flow, Block block, String to) {
        l.alias(flow, block, to);
        return to;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
