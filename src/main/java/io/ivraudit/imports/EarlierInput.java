package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A split that compares what a caller pressed or said at a menu elsewhere in the flow (a
 * sub-menu's split reading the main menu's digits: a real bug that makes the sub-menu's own
 * keys unreachable). A caller reaches the split only after some of that menu's choices, so those
 * values decide the way on; cases no such value matches can never be taken, and say so.
 * O(blocks + exits).
 */
final class EarlierInput {
    private EarlierInput() {}

    static String split(Lowering l, Flow flow, Block block, Step.Split split, Set<String> following) {
        Block menu = flow.blocks().get(split.inputOf());
        List<String> values = new ArrayList<>();
        for (Exit choice : menu.exits()) {
            boolean chooses = choice.kind() == Exit.Kind.KEY || choice.kind() == Exit.Kind.PHRASE;
            if (chooses && choice.connected() && reaches(flow, choice.target(), block.id(), menu.id())) {
                values.add(choice.value());
            }
        }
        String id = l.reserve(flow, block, "split");
        Optional<Exit> fallback = block.exit(Exit.Kind.NO_MATCH);
        Map<Exit, List<String>> takenBy = new LinkedHashMap<>();
        for (String value : values) {
            Optional<Exit> match = block.exits(Exit.Kind.CASE).stream()
                .filter(c -> c.value() != null && c.value().trim().equalsIgnoreCase(value.trim())).findFirst();
            match.or(() -> fallback).ifPresent(exit -> takenBy.computeIfAbsent(exit, e -> new ArrayList<>()).add(value));
        }
        List<BranchArm> arms = new ArrayList<>();
        for (Map.Entry<Exit, List<String>> e : takenBy.entrySet()) {
            String to = l.follow(flow, block, e.getKey(), following);
            arms.add(new BranchArm((double) e.getValue().size() / values.size(), to, block.at()));
        }
        String where = "'" + menu.id() + "'";
        if (arms.isEmpty()) {
            String to = fallback.map(f -> l.follow(flow, block, f, following)).orElseGet(l::callEnds);
            arms.add(new BranchArm(1, to, block.at()));
            l.line(flow, block, "", Fate.GUESSED, "compares the input of " + where + ", but no choice there leads "
                + "here: every call takes the default way ('" + to + "')");
        } else {
            l.line(flow, block, "", values.size() == 1 ? Fate.MAPPED : Fate.GUESSED, "compares " + split.reads()
                + ", the input of " + where + " and not of the menu before it; callers get here only after choosing "
                + String.join(", ", values) + " there, so that decides the way on"
                + (values.size() > 1 ? " (each of those choices taken an equal share)" : ""));
        }
        for (Exit exit : block.exits()) {
            if (!takenBy.containsKey(exit) && !(arms.size() == 1 && takenBy.isEmpty() && fallback.filter(f -> f == exit).isPresent())) {
                l.line(flow, block, exit.describe(), Fate.CUT, "can never be taken: callers reach this split only after "
                    + (values.isEmpty() ? "no choice" : "choosing " + String.join(", ", values)) + " at " + where);
            }
        }
        l.nodes.put(id, new Node.Branch(id, Splits.merged(arms), block.at()));
        return id;
    }

    /** Whether {@code goal} can be reached from {@code start} without passing through {@code avoid}. */
    private static boolean reaches(Flow flow, String start, String goal, String avoid) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(goal)) {
                return true;
            }
            Block b = flow.blocks().get(at);
            if (b == null || at.equals(avoid) || !seen.add(at)) {
                continue;
            }
            b.exits().stream().filter(Exit::connected).map(Exit::target).forEach(queue::add);
        }
        return false;
    }
}
