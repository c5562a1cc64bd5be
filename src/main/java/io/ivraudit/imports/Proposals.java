package io.ivraudit.imports;

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
 * meets, named from the option's words, each resolved where the option leads (the first person
 * behind it, or the hang-up that ends the information it plays; never the hang-up where the
 * platform drops a call). They are written with
 * {@code proposed: true}: the audit notes them for review instead of failing a build on them.
 * O(nodes) per option.
 */
final class Proposals {
    private static final Set<String> FILLER = Set.of("press", "dial", "say", "if", "you", "are", "to", "for", "the",
        "a", "an", "your", "please", "or", "and", "about", "calling", "need", "help", "with", "want", "would", "like",
        "now", "key", "pound", "star", "our", "of", "my", "me", "this", "that", "at", "anytime", "any", "time", "in",
        "on", "is", "we", "can", "will", "be", "hear", "listen", "how", "learn", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero");

    private Proposals() {}

    /** The intents, and the nodes with the first menu's options naming them. */
    record Proposal(Map<String, Intent> intents, Map<String, Node> nodes) {}

    /**
     * Proposes the intents; {@code dropped} are the hang-ups where the platform drops a call (an
     * exit connected to nothing), which resolve nothing.
     */
    static Proposal propose(Map<String, Node> nodes, String entry, Set<String> dropped) {
        Map<String, Node> out = new LinkedHashMap<>(nodes);
        Map<String, Intent> intents = new LinkedHashMap<>();
        Optional<Node.Menu> first = reachable(nodes, entry, false).stream().map(nodes::get)
            .filter(Node.Menu.class::isInstance).map(Node.Menu.class::cast).findFirst();
        if (first.isEmpty()) {
            List<String> people = nodes.values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
            intents.put("call", new Intent("call", 1, people, CallerParams.NONE, true, nodes.get(entry).at()));
            return new Proposal(intents, out);
        }
        Node.Menu menu = first.get();
        List<Option> options = new ArrayList<>();
        for (Option option : menu.options()) {
            String name = unique(intents.keySet(), nameOf(option));
            intents.put(name, new Intent(name, 1, resolvedBy(nodes, option.goTo(), dropped), CallerParams.NONE, true,
                option.at()));
            options.add(new Option(option.key(), option.phrase(), option.say(), option.goTo(), List.of(name),
                option.hidden(), option.at()));
        }
        out.put(menu.id(), menu.withOptions(options));
        return new Proposal(intents, out);
    }

    /**
     * Where a call for an option is resolved: the first person behind it; else, when the option
     * only plays information and hangs up, that hang-up; else nowhere (for the user to say).
     */
    private static List<String> resolvedBy(Map<String, Node> nodes, String start, Set<String> dropped) {
        Optional<String> person = reachable(nodes, start, false).stream()
            .filter(id -> nodes.get(id) instanceof Node.Human).findFirst();
        if (person.isPresent()) {
            return List.of(person.get());
        }
        return reachable(nodes, start, true).stream()
            .filter(id -> nodes.get(id) instanceof Node.Hangup && !dropped.contains(id))
            .findFirst().map(List::of).orElse(List.of());
    }

    /** Node ids in breadth-first order from {@code start}; with {@code silentOnly}, not past a menu. */
    private static List<String> reachable(Map<String, Node> nodes, String start, boolean silentOnly) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            order.add(id);
            Node node = nodes.get(id);
            if (silentOnly && node instanceof Node.Menu) {
                continue;
            }
            for (String next : successors(node)) {
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
                out.add(m.timeoutTarget());
                return out;
            },
            h -> List.of(), s -> s.next() == null ? List.of() : List.of(s.next()), m -> List.of(m.next()),
            h -> List.of(), h -> List.of(), b -> b.branches().stream().map(a -> a.goTo()).toList());
    }

    private static String nameOf(Option option) {
        if (option.phrase() != null) {
            return NodeIds.slug(option.phrase());
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
        return "option-" + NodeIds.slug(option.label().replace("#", "pound").replace("*", "star"));
    }

    private static String unique(Set<String> taken, String wanted) {
        String name = wanted.isEmpty() ? "option" : wanted;
        String out = name;
        for (int i = 2; taken.contains(out); i++) {
            out = name + "-" + i;
        }
        return out;
    }
}
