package io.ivraudit.rank;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.audit.Finding;
import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Routes;
import io.ivraudit.graph.Transition;
import io.ivraudit.model.Address;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Redesigns derived from a tree's findings, each a change a designer would make by hand:
 * announce the person first, unhide a hidden person, add a 0 to every menu, repair dead reply
 * addresses (staff them, or hand off to a person), lift a buried person up a level, split a
 * wide menu, break a trap. Each applies to the tree as it is, so fixes can be combined.
 */
public final class Suggestions {
    private static final String PERSON_PROMPT = "To speak with a person, press 0.";
    private static final SourcePosition NEW = SourcePosition.UNKNOWN;

    private Suggestions() {}

    /** A named redesign: how to derive it from a tree, if the tree has the finding it fixes. */
    public record Fix(String name, String changes, Function<Tree, Optional<Tree>> apply) {}

    /** Every fix, in the order they are tried. */
    public static List<Fix> all(AuditConfig config) {
        return List.of(
            new Fix("announce-person-first", "menus that announce the person last announce it first",
                t -> perFinding(t, config, "human-last", Suggestions::announcePersonFirst)),
            new Fix("unhide-person", "hidden ways to a person are announced",
                t -> perFinding(t, config, "hidden-human", Suggestions::unhidePerson)),
            new Fix("zero-out-everywhere", "every menu gets a 0 that reaches a person, announced first",
                t -> perFinding(t, config, "no-zero-out", Suggestions::addZeroOut)),
            new Fix("staff-reply-addresses", "addresses nobody reads are staffed (replies: monitored)",
                t -> perFinding(t, config, "dead-reply-address", Suggestions::staffAddress)),
            new Fix("person-instead-of-dead-channel", "handoffs to dead channels connect to a person instead",
                t -> perFinding(t, config, "dead-reply-address", Suggestions::personInsteadOfHandoff)),
            new Fix("lift-buried-person", "the buried way to a person is offered on the first menu",
                t -> perFinding(t, config, "buried-human", Suggestions::liftPerson)),
            new Fix("split-wide-menu", "wide menus keep their first options and move the rest behind 9",
                t -> perFinding(t, config, "wide-menu", (tree, f) -> splitMenu(tree, f, config.thresholds().maxMenuWidth()))),
            new Fix("break-trap", "menus that trap callers get a 0 to a person, and wrong keys go to a person",
                t -> perFinding(t, config, "trap-cycle", Suggestions::breakTrap)));
    }

    /** Applies {@code fix} once per finding of {@code rule}, each to the tree as changed so far. */
    private static Optional<Tree> perFinding(Tree tree, AuditConfig config, String rule,
                                             java.util.function.BiFunction<Tree, Finding, Optional<Tree>> fix) {
        AuditResult audit = Auditor.audit(tree, config);
        List<Finding> findings = audit.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        Tree current = tree;
        boolean changed = false;
        for (Finding finding : findings) {
            Optional<Tree> next = fix.apply(current, finding);
            if (next.isPresent()) {
                current = next.get();
                changed = true;
            }
        }
        return changed ? Optional.of(current) : Optional.empty();
    }

    private static Optional<Tree> announcePersonFirst(Tree tree, Finding finding) {
        return menu(tree, finding.node()).flatMap(menu -> {
            IvrGraph g = IvrGraph.of(tree);
            Optional<Option> person = menu.announced().stream().filter(g::isHumanOption).reduce((a, b) -> b);
            return person.map(p -> {
                List<Option> options = new ArrayList<>(menu.options());
                options.remove(p);
                options.add(0, p);
                return withNode(tree, withOptions(menu, options));
            });
        });
    }

    private static Optional<Tree> unhidePerson(Tree tree, Finding finding) {
        return menu(tree, finding.node()).map(menu -> {
            IvrGraph g = IvrGraph.of(tree);
            List<Option> options = new ArrayList<>();
            List<Option> unhidden = new ArrayList<>();
            for (Option o : menu.options()) {
                if (o.hidden() && g.isHumanOption(o)) {
                    String say = o.say() != null ? o.say() : "To speak with a person, press " + o.label() + ".";
                    unhidden.add(new Option(o.key(), o.phrase(), say, o.goTo(), o.intents(), false, o.at()));
                } else {
                    options.add(o);
                }
            }
            options.addAll(0, unhidden);
            return withNode(tree, withOptions(menu, options));
        });
    }

    private static Optional<Tree> addZeroOut(Tree tree, Finding finding) {
        return menu(tree, finding.node()).flatMap(menu -> personTarget(tree).flatMap(target -> {
            boolean zeroTaken = menu.options().stream().anyMatch(o -> "0".equals(o.key()));
            if (zeroTaken) {
                return Optional.empty();
            }
            List<Option> options = new ArrayList<>(menu.options());
            options.add(0, new Option("0", null, PERSON_PROMPT, target, List.of(), false, NEW));
            return Optional.of(withNode(tree, withOptions(menu, options)));
        }));
    }

    private static Optional<Tree> staffAddress(Tree tree, Finding finding) {
        Node node = tree.nodes().get(finding.node());
        if (!(node instanceof Node.Handoff handoff)) {
            return Optional.empty();
        }
        Address address = tree.addresses().get(handoff.address());
        if (address.replies() == Replies.MONITORED) {
            return Optional.empty();
        }
        Map<String, Address> addresses = new LinkedHashMap<>(tree.addresses());
        addresses.put(address.id(), new Address(address.id(), address.channel(), Replies.MONITORED, address.routesTo(),
            address.at()));
        return Optional.of(new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
            addresses, tree.nodes(), tree.at()));
    }

    private static Optional<Tree> personInsteadOfHandoff(Tree tree, Finding finding) {
        Node node = tree.nodes().get(finding.node());
        if (!(node instanceof Node.Handoff)) {
            return Optional.empty();
        }
        return personTarget(tree).flatMap(target -> humanBehind(tree, target)).map(human -> withNode(tree,
            new Node.Message(node.id(), "Let me connect you with someone who can help.", null, human, node.at())));
    }

    private static Optional<Tree> liftPerson(Tree tree, Finding finding) {
        IvrGraph g = IvrGraph.of(tree);
        Routes routes = Routes.from(g, Routes.Measure.PRESSES, true);
        List<String> humans = tree.nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
        return routes.cheapest(humans).flatMap(routes::route).flatMap(route -> {
            List<Transition> presses = route.stream().filter(t -> t.kind() == Transition.Kind.OPTION).toList();
            if (presses.size() < 2) {
                return Optional.empty();
            }
            Option person = presses.get(presses.size() - 1).option();
            return menu(tree, presses.get(0).from()).flatMap(first -> freeKey(first).map(key -> {
                List<Option> options = new ArrayList<>(first.options());
                options.add(0, new Option(key, null, "To speak with a person, press " + key + ".", person.goTo(),
                    person.intents(), false, NEW));
                return withNode(tree, withOptions(first, options));
            }));
        });
    }

    private static Optional<Tree> splitMenu(Tree tree, Finding finding, int width) {
        return menu(tree, finding.node()).flatMap(menu -> {
            List<Option> announced = menu.announced();
            List<Option> moved = announced.subList(width - 1, announced.size());
            List<Option> kept = new ArrayList<>(menu.options());
            kept.removeAll(moved);
            String moreKey = kept.stream().anyMatch(o -> "9".equals(o.key())) ? "*" : "9";
            if (kept.stream().anyMatch(o -> moreKey.equals(o.key()))) {
                return Optional.empty();
            }
            String moreId = uniqueId(tree, menu.id() + "-more");
            List<String> intents = moved.stream().flatMap(o -> o.intents().stream()).distinct().toList();
            kept.add(new Option(moreKey, null, "For more options, press " + moreKey + ".", moreId, intents, false, NEW));
            Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
            nodes.put(menu.id(), withOptions(menu, kept));
            nodes.put(moreId, new Node.Menu(moreId, "More options.", null, moved, menu.id(), NEW));
            return Optional.of(withNodes(tree, nodes));
        });
    }

    private static Optional<Tree> breakTrap(Tree tree, Finding finding) {
        return menu(tree, finding.node()).flatMap(menu -> personTarget(tree).map(target -> {
            List<Option> options = new ArrayList<>(menu.options());
            if (options.stream().noneMatch(o -> "0".equals(o.key()))) {
                options.add(0, new Option("0", null, PERSON_PROMPT, target, List.of(), false, NEW));
            }
            return withNode(tree, new Node.Menu(menu.id(), menu.sayText(), menu.seconds(), options, target, menu.at()));
        }));
    }

    /** Where a new "press 0 for a person" should lead: where the tree's own human options most often do. */
    static Optional<String> personTarget(Tree tree) {
        IvrGraph g = IvrGraph.of(tree);
        Map<String, Long> uses = tree.menus().stream().flatMap(m -> m.options().stream()).filter(g::isHumanOption)
            .collect(Collectors.groupingBy(Option::goTo, HashMap::new, Collectors.counting()));
        if (!uses.isEmpty()) {
            return uses.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
        }
        return tree.nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).findFirst();
    }

    /**
     * The person a silent route from {@code start} reaches first (breadth first over messages
     * and branches). A new message must lead straight to a person: leading into a branch could
     * close a loop with no key press in it.
     */
    private static Optional<String> humanBehind(Tree tree, String start) {
        IvrGraph g = IvrGraph.of(tree);
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of(start));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Node node = tree.nodes().get(id);
            if (node instanceof Node.Human) {
                return Optional.of(id);
            }
            if (seen.add(id) && (node instanceof Node.Message || node instanceof Node.Branch)) {
                g.graph().outgoingEdgesOf(id).forEach(t -> queue.add(t.to()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> freeKey(Node.Menu menu) {
        for (String key : List.of("0", "9", "8", "7", "6", "5", "4", "3", "2", "1", "*", "#")) {
            if (menu.options().stream().noneMatch(o -> key.equals(o.key()))) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String uniqueId(Tree tree, String wanted) {
        String id = wanted;
        for (int i = 2; tree.nodes().containsKey(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    private static Optional<Node.Menu> menu(Tree tree, String id) {
        return tree.node(id).filter(Node.Menu.class::isInstance).map(Node.Menu.class::cast);
    }

    private static Node.Menu withOptions(Node.Menu menu, List<Option> options) {
        return new Node.Menu(menu.id(), menu.sayText(), menu.seconds(), options, menu.onInvalid(), menu.at());
    }

    private static Tree withNode(Tree tree, Node node) {
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        nodes.put(node.id(), node);
        return withNodes(tree, nodes);
    }

    private static Tree withNodes(Tree tree, Map<String, Node> nodes) {
        return new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
            tree.addresses(), nodes, tree.at());
    }
}
