package io.ivraudit.rank;

import io.ivraudit.model.Address;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a tree, as sentences a CX designer reads: nodes, menus
 * and their options (keys, prompts, targets, order, hidden or not), addresses, intents, entry,
 * caller and costs, and queues, the day and the service targets (a change of staffing is a
 * change). Positions are ignored: moving text around a file is no change. O(entries).
 */
public final class TreeDiff {
    private TreeDiff() {}

    /** The changes from {@code before} to {@code after}, in file order; empty when they mean the same. */
    public static List<String> changes(Tree before, Tree after) {
        Tree a = before.withoutPositions();
        Tree b = after.withoutPositions();
        List<String> out = new ArrayList<>();
        if (!a.entry().equals(b.entry())) {
            out.add("calls now start at '" + b.entry() + "' instead of '" + a.entry() + "'");
        }
        keys(out, "caller", a.caller().byKey(), b.caller().byKey());
        keys(out, "costs", a.costs().byKey(), b.costs().byKey());
        entries(out, "queue", a.centre().queues(), b.centre().queues(), TreeDiff::queueChanges);
        keys(out, "day", Map.of("open_hours", orNaN(a.centre().day().openHours())),
            Map.of("open_hours", orNaN(b.centre().day().openHours())));
        if (!Objects.equals(a.centre().day().profile(), b.centre().day().profile())) {
            out.add("day profile " + profile(a.centre().day().profile()) + " -> " + profile(b.centre().day().profile()));
        }
        keys(out, "service", a.centre().service().byKey(), b.centre().service().byKey());
        entries(out, "intent", a.intents(), b.intents(), TreeDiff::intentChanges);
        entries(out, "address", a.addresses(), b.addresses(), TreeDiff::addressChanges);
        entries(out, "node", a.nodes(), b.nodes(), TreeDiff::nodeChanges);
        return out;
    }

    private interface Changes<V> {
        List<String> of(V before, V after);
    }

    private static <V> void entries(List<String> out, String what, Map<String, V> a, Map<String, V> b, Changes<V> changes) {
        a.keySet().stream().filter(id -> !b.containsKey(id)).forEach(id -> out.add(what + " '" + id + "' removed"));
        for (Map.Entry<String, V> e : b.entrySet()) {
            V old = a.get(e.getKey());
            if (old == null) {
                out.add(what + " '" + e.getKey() + "' added");
            } else if (!old.equals(e.getValue())) {
                changes.of(old, e.getValue()).forEach(c -> out.add(what + " '" + e.getKey() + "': " + c));
            }
        }
    }

    private static List<String> intentChanges(Intent a, Intent b) {
        List<String> out = new ArrayList<>();
        if (a.weight() != b.weight()) {
            out.add("weight " + plain(a.weight()) + " -> " + plain(b.weight()));
        }
        if (!a.resolvedBy().equals(b.resolvedBy())) {
            out.add("resolved by " + a.resolvedBy() + " -> " + b.resolvedBy());
        }
        keys(out, "caller", a.caller().byKey(), b.caller().byKey());
        return out;
    }

    private static List<String> queueChanges(CallCentre.Queue a, CallCentre.Queue b) {
        List<String> out = new ArrayList<>();
        if (!a.agents().equals(b.agents())) {
            out.add("agents " + roster(a.agents()) + " -> " + roster(b.agents()));
        }
        keys(out, "", Map.of("handle_minutes", orNaN(a.handleMinutes()), "patience_seconds", orNaN(a.patienceSeconds())),
            Map.of("handle_minutes", orNaN(b.handleMinutes()), "patience_seconds", orNaN(b.patienceSeconds())));
        return out.stream().map(String::strip).toList();
    }

    private static String roster(List<Integer> agents) {
        return agents.size() == 1 ? String.valueOf(agents.get(0)) : agents.toString();
    }

    private static String profile(List<Double> shares) {
        return shares == null ? "(even)" : shares.stream().map(TreeDiff::plain).toList().toString();
    }

    /** A number that may be unwritten, for {@link #keys}, which says "(default)" for it. */
    private static Double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static List<String> addressChanges(Address a, Address b) {
        List<String> out = new ArrayList<>();
        if (a.channel() != b.channel()) {
            out.add("channel " + a.channel().word() + " -> " + b.channel().word());
        }
        if (a.replies() != b.replies()) {
            out.add("replies " + a.replies().word() + " -> " + b.replies().word());
        }
        if (!Objects.equals(a.routesTo(), b.routesTo())) {
            out.add("routes to " + a.routesTo() + " -> " + b.routesTo());
        }
        return out;
    }

    private static List<String> nodeChanges(Node a, Node b) {
        if (!a.type().equals(b.type())) {
            return List.of("is now a " + b.type() + " (was a " + a.type() + ")");
        }
        List<String> out = new ArrayList<>();
        if (!a.say().equals(b.say())) {
            out.add("says \"" + b.say().orElse("") + "\" (was \"" + a.say().orElse("") + "\")");
        }
        if (a instanceof Node.Menu ma && b instanceof Node.Menu mb) {
            menuChanges(ma, mb, out);
        } else if (a instanceof Node.Human ha && b instanceof Node.Human hb) {
            changed(out, "hold", plain(ha.holdSeconds()) + " s", plain(hb.holdSeconds()) + " s");
            changed(out, "queue", ha.queue(), hb.queue());
            changed(out, "skills", ha.skills().toString(), hb.skills().toString());
        } else {
            changed(out, "leads to", next(a), next(b));
            if (a instanceof Node.Branch ba && b instanceof Node.Branch bb && !ba.branches().equals(bb.branches())) {
                out.add("branches changed");
            }
        }
        if (out.isEmpty()) {
            out.add("changed");
        }
        return out;
    }

    private static void menuChanges(Node.Menu a, Node.Menu b, List<String> out) {
        changed(out, "invalid choices go to", a.invalidTarget(), b.invalidTarget());
        changed(out, "silence goes to", a.timeoutTarget(), b.timeoutTarget());
        changed(out, "silence is waited out after", plain(a.silenceSeconds()) + " s", plain(b.silenceSeconds()) + " s");
        changed(out, "a wrong key or silence leaves after", Words.count(a.plays(), "play"), Words.count(b.plays(), "play"));
        Map<String, Option> before = byLabel(a);
        Map<String, Option> after = byLabel(b);
        for (Option o : a.options()) {
            if (!after.containsKey(o.label())) {
                out.add("option " + o.label() + " removed (it went to '" + o.goTo() + "')");
            }
        }
        for (Option o : b.options()) {
            Option p = before.get(o.label());
            if (p == null) {
                out.add("new option " + o.label() + (o.hidden() ? " (hidden)" : "") + " to '" + o.goTo() + "'"
                    + (o.say() != null ? ": \"" + o.say() + "\"" : ""));
                continue;
            }
            changed(out, "option " + o.label() + " goes to", p.goTo(), o.goTo());
            changed(out, "option " + o.label() + " says", p.say(), o.say());
            if (p.hidden() != o.hidden()) {
                out.add("option " + o.label() + (o.hidden() ? " is now hidden" : " is now announced"));
            }
            changed(out, "option " + o.label() + " is for intents", p.intents().toString(), o.intents().toString());
        }
        List<String> orderBefore = a.announced().stream().map(Option::label).filter(after::containsKey).toList();
        List<String> orderAfter = b.announced().stream().map(Option::label).filter(before::containsKey).toList();
        if (!orderBefore.equals(orderAfter) && orderBefore.size() == orderAfter.size()) {
            out.add("announced order " + String.join(", ", orderBefore) + " -> " + String.join(", ", orderAfter));
        }
    }

    /** A menu's options by label (labels are unique in a menu; the first wins if not). */
    private static Map<String, Option> byLabel(Node.Menu menu) {
        Map<String, Option> out = new HashMap<>();
        menu.options().forEach(o -> out.putIfAbsent(o.label(), o));
        return out;
    }

    private static String next(Node node) {
        if (node instanceof Node.Message m) {
            return m.next();
        }
        if (node instanceof Node.SelfService s) {
            return s.next();
        }
        if (node instanceof Node.Handoff h) {
            return h.address();
        }
        return null;
    }

    /** One sentence per key of a caller or costs block that changed: "caller give_up 0.1 -> 0.08". */
    private static void keys(List<String> out, String block, Map<String, ? extends Number> before, Map<String, ? extends Number> after) {
        for (String key : after.keySet()) {
            Number x = unwritten(before.get(key));
            Number y = unwritten(after.get(key));
            if (!Objects.equals(x, y)) {
                out.add(block + " " + key + " " + (x == null ? "(default)" : plain(x.doubleValue())) + " -> "
                    + (y == null ? "(default)" : plain(y.doubleValue())));
            }
        }
    }

    private static Number unwritten(Number value) {
        return value instanceof Double d && d.isNaN() ? null : value;
    }

    private static void changed(List<String> out, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(what + " '" + after + "' (was '" + before + "')");
        }
    }

    private static String plain(double value) {
        return io.ivraudit.text.Words.plain(value);
    }
}
