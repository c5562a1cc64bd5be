package io.ivraudit.load;

import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Intents for an imported flow, which carries none: one per option of the first menu a call
 * meets, named from the option's words, resolved by the first person behind it; a spoken
 * option leading where a key option leads shares its intent. They are proposals, for the user
 * to review and weigh.
 */
final class FlowIntents {
    private static final Set<String> FILLER = Set.of("press", "dial", "say", "if", "you", "are", "to", "for", "the",
        "a", "an", "your", "please", "or", "and", "about", "calling", "need", "help", "with", "want", "would", "like");

    private FlowIntents() {}

    /** The intents, the nodes with the first menu's options naming them, and notes on what was guessed. */
    record Proposal(Map<String, Intent> intents, Map<String, Node> nodes, List<String> notes) {}

    static Proposal propose(Map<String, Node> nodes, String entry) {
        Map<String, Node> out = new LinkedHashMap<>(nodes);
        Map<String, Intent> intents = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Optional<Node.Menu> first = firstMenu(nodes, entry);
        if (first.isEmpty()) {
            List<String> people = nodes.values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
            intents.put("call", new Intent("call", 1, people, CallerParams.NONE, nodes.get(entry).at()));
            notes.add("the flow has no menu: one intent 'call' is proposed");
            return new Proposal(intents, out, notes);
        }
        Node.Menu menu = first.get();
        List<Option> options = new ArrayList<>();
        Map<String, String> keyIntentByTarget = new LinkedHashMap<>();
        for (Option option : menu.options()) {
            String twin = option.key() == null ? keyIntentByTarget.get(option.goTo()) : null;
            if (twin != null) {
                options.add(new Option(option.key(), option.phrase(), option.say(), option.goTo(), List.of(twin),
                    option.hidden(), option.at()));
                continue;
            }
            String name = unique(intents.keySet(), nameOf(option));
            if (option.key() != null) {
                keyIntentByTarget.putIfAbsent(option.goTo(), name);
            }
            List<String> resolvedBy = firstPerson(nodes, option.goTo()).map(List::of).orElse(List.of());
            intents.put(name, new Intent(name, 1, resolvedBy, CallerParams.NONE, option.at()));
            options.add(new Option(option.key(), option.phrase(), option.say(), option.goTo(), List.of(name),
                option.hidden(), option.at()));
        }
        out.put(menu.id(), menu.withOptions(options));
        notes.add("intents " + String.join(", ", intents.keySet()) + " are proposed from menu '" + menu.id()
            + "', each weight 1: review their names, weights and resolved_by");
        return new Proposal(intents, out, notes);
    }

    private static Optional<Node.Menu> firstMenu(Map<String, Node> nodes, String entry) {
        return breadthFirst(nodes, entry).stream().map(nodes::get).filter(Node.Menu.class::isInstance)
            .map(Node.Menu.class::cast).findFirst();
    }

    private static Optional<String> firstPerson(Map<String, Node> nodes, String start) {
        return breadthFirst(nodes, start).stream().filter(id -> nodes.get(id) instanceof Node.Human).findFirst();
    }

    /** Node ids in breadth-first order from {@code start} over every way on. */
    private static List<String> breadthFirst(Map<String, Node> nodes, String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            order.add(id);
            for (String next : successors(nodes.get(id))) {
                if (next != null && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return order;
    }

    private static List<String> successors(Node node) {
        return node.match(
            m -> {
                List<String> out = new ArrayList<>(m.options().stream().map(Option::goTo).toList());
                out.add(m.invalidTarget());
                return out;
            },
            h -> List.of(), s -> s.next() == null ? List.of() : List.of(s.next()), m -> List.of(m.next()),
            h -> List.of(), h -> List.of(), b -> b.branches().stream().map(a -> a.goTo()).toList());
    }

    private static String nameOf(Option option) {
        if (option.phrase() != null) {
            return FlowMapper.slug(option.phrase());
        }
        if (option.say() != null) {
            List<String> words = new ArrayList<>();
            for (String w : option.say().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").split("\\s+")) {
                if (!w.isBlank() && !FILLER.contains(w) && words.size() < 3) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                return String.join("-", words);
            }
        }
        return "option-" + option.label().replace("\"", "");
    }

    private static String unique(Set<String> taken, String wanted) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + "-" + i;
        }
        return name;
    }
}
