package io.ivraudit.rank;

import io.ivraudit.audit.AuditResult;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Redesigns derived from a tree's findings, each a change a designer would make by hand:
 * announce the person first, unhide a hidden person, add a 0 to every menu, repair dead reply
 * addresses (staff them, or hand off to a person), lift a buried person up a level, split a
 * wide menu, break a trap. A fix reads the tree's graph once and changes one draft for all its
 * findings, so it costs O(nodes + findings), and fixes can be applied one after another.
 */
public final class Suggestions {
    private static final String PERSON_PROMPT = "To speak with a person, press 0.";
    private static final SourcePosition NEW = SourcePosition.UNKNOWN;

    private Suggestions() {}

    /** How one finding is fixed in a draft of the tree; returns whether it changed anything. */
    interface Change {
        boolean apply(Draft draft, Finding finding, Facts facts);
    }

    /** A named redesign: the rule whose findings it fixes, and how it fixes each. */
    public record Fix(String name, String changes, String rule, Change change) {
        /** The tree with every finding of the rule fixed, if any was; {@code audit} is the tree's audit. */
        public Optional<Tree> apply(Tree tree, AuditResult audit) {
            List<Finding> findings = audit.findings().stream().filter(f -> f.rule().equals(rule)).toList();
            if (findings.isEmpty()) {
                return Optional.empty();
            }
            Facts facts = new Facts(tree, audit.graph());
            Draft draft = new Draft(tree);
            boolean changed = false;
            for (Finding finding : findings) {
                changed |= change.apply(draft, finding, facts);
            }
            return changed ? Optional.of(draft.build()) : Optional.empty();
        }
    }

    /** Every fix, in the order they are tried. */
    public static List<Fix> all(AuditConfig config) {
        int width = config.thresholds().maxMenuWidth();
        return List.of(
            new Fix("announce-person-first", "menus that announce the person last announce it first", "human-last",
                Suggestions::announcePersonFirst),
            new Fix("unhide-person", "hidden ways to a person are announced", "hidden-human", Suggestions::unhidePerson),
            new Fix("zero-out-everywhere", "every menu gets a 0 that reaches a person, announced first", "no-zero-out",
                Suggestions::addZeroOut),
            new Fix("staff-reply-addresses", "addresses nobody reads are staffed (replies: monitored)", "dead-reply-address",
                Suggestions::staffAddress),
            new Fix("person-instead-of-dead-channel", "handoffs to dead channels connect to a person instead",
                "dead-reply-address", Suggestions::personInsteadOfHandoff),
            new Fix("lift-buried-person", "the buried way to a person is offered on the first menu", "buried-human",
                Suggestions::liftPerson),
            new Fix("split-wide-menu", "wide menus keep their first options and move the rest behind 9", "wide-menu",
                (draft, finding, facts) -> splitMenu(draft, finding, width)),
            new Fix("break-trap", "menus that trap callers get a 0 to a person, and wrong keys go to a person", "trap-cycle",
                Suggestions::breakTrap));
    }

    /** A tree being changed: nodes and addresses copied once, built into a tree once. */
    static final class Draft {
        private final Tree base;
        final Map<String, Node> nodes;
        final Map<String, Address> addresses;

        Draft(Tree base) {
            this.base = base;
            nodes = new LinkedHashMap<>(base.nodes());
            addresses = new LinkedHashMap<>(base.addresses());
        }

        Optional<Node.Menu> menu(String id) {
            return Optional.ofNullable(nodes.get(id)).filter(Node.Menu.class::isInstance).map(Node.Menu.class::cast);
        }

        void putMenu(Node.Menu menu, List<Option> options) {
            nodes.put(menu.id(), menu.withOptions(options));
        }

        String uniqueId(String wanted) {
            String id = wanted;
            for (int i = 2; nodes.containsKey(id); i++) {
                id = wanted + "-" + i;
            }
            return id;
        }

        Tree build() {
            return new Tree(base.id(), base.title(), base.entry(), base.caller(), base.costs(), base.centre(), base.intents(), addresses,
                nodes, base.at());
        }
    }

    /** What fixes ask of the tree they start from, computed at most once per fix. */
    static final class Facts {
        final Tree tree;
        final IvrGraph graph;
        private Optional<String> personTarget;
        private Optional<String> personNode;

        Facts(Tree tree, IvrGraph graph) {
            this.tree = tree;
            this.graph = graph;
        }

        /** Where a new "press 0 for a person" should lead: where the tree's own human options most often do. */
        Optional<String> personTarget() {
            if (personTarget == null) {
                Map<String, Long> uses = tree.menus().stream().flatMap(m -> m.options().stream()).filter(graph::isHumanOption)
                    .collect(Collectors.groupingBy(Option::goTo, HashMap::new, Collectors.counting()));
                personTarget = !uses.isEmpty()
                    ? uses.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                    : tree.nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).findFirst();
            }
            return personTarget;
        }

        /**
         * The person a silent route from the person target reaches first (breadth first over
         * messages and branches). A new message must lead straight to a person: leading into a
         * branch could close a loop with no key press in it.
         */
        Optional<String> personNode() {
            if (personNode == null) {
                personNode = firstPersonFromTarget();
            }
            return personNode;
        }

        private Optional<String> firstPersonFromTarget() {
            return personTarget().flatMap(start -> {
                Deque<String> queue = new ArrayDeque<>(List.of(start));
                Set<String> seen = new HashSet<>();
                while (!queue.isEmpty()) {
                    String id = queue.poll();
                    Node node = tree.nodes().get(id);
                    if (node instanceof Node.Human) {
                        return Optional.of(id);
                    }
                    if (seen.add(id) && (node instanceof Node.Message || node instanceof Node.Branch)) {
                        graph.graph().outgoingEdgesOf(id).forEach(t -> queue.add(t.to()));
                    }
                }
                return Optional.<String>empty();
            });
        }
    }

    private static boolean announcePersonFirst(Draft draft, Finding finding, Facts facts) {
        return draft.menu(finding.node()).flatMap(menu -> menu.announced().stream().filter(facts.graph::isHumanOption)
            .reduce((a, b) -> b).map(person -> {
                List<Option> options = new ArrayList<>(menu.options());
                options.remove(person);
                options.add(0, person);
                draft.putMenu(menu, options);
                return true;
            })).orElse(false);
    }

    private static boolean unhidePerson(Draft draft, Finding finding, Facts facts) {
        return draft.menu(finding.node()).map(menu -> {
            List<Option> options = new ArrayList<>();
            List<Option> unhidden = new ArrayList<>();
            for (Option o : menu.options()) {
                if (o.hidden() && facts.graph.isHumanOption(o)) {
                    String say = o.say() != null ? o.say() : "To speak with a person, press " + o.label() + ".";
                    unhidden.add(new Option(o.key(), o.phrase(), say, o.goTo(), o.intents(), false, o.at()));
                } else {
                    options.add(o);
                }
            }
            options.addAll(0, unhidden);
            draft.putMenu(menu, options);
            return !unhidden.isEmpty();
        }).orElse(false);
    }

    private static boolean addZeroOut(Draft draft, Finding finding, Facts facts) {
        Optional<Node.Menu> menu = draft.menu(finding.node());
        Optional<String> target = facts.personTarget();
        if (menu.isEmpty() || target.isEmpty() || menu.get().options().stream().anyMatch(o -> "0".equals(o.key()))) {
            return false;
        }
        List<Option> options = new ArrayList<>(menu.get().options());
        options.add(0, new Option("0", null, PERSON_PROMPT, target.get(), List.of(), false, NEW));
        draft.putMenu(menu.get(), options);
        return true;
    }

    private static boolean staffAddress(Draft draft, Finding finding, Facts facts) {
        if (!(draft.nodes.get(finding.node()) instanceof Node.Handoff handoff)) {
            return false;
        }
        Address address = draft.addresses.get(handoff.address());
        if (address.replies() == Replies.MONITORED) {
            return false;
        }
        draft.addresses.put(address.id(), new Address(address.id(), address.channel(), Replies.MONITORED,
            address.routesTo(), address.at()));
        return true;
    }

    private static boolean personInsteadOfHandoff(Draft draft, Finding finding, Facts facts) {
        Node node = draft.nodes.get(finding.node());
        Optional<String> person = facts.personNode();
        if (!(node instanceof Node.Handoff) || person.isEmpty()) {
            return false;
        }
        draft.nodes.put(node.id(), new Node.Message(node.id(), "Let me connect you with someone who can help.", null,
            person.get(), node.at()));
        return true;
    }

    private static boolean liftPerson(Draft draft, Finding finding, Facts facts) {
        Routes routes = Routes.from(facts.graph, Routes.Measure.PRESSES, true);
        List<String> humans = facts.tree.nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
        Optional<List<Transition>> route = routes.cheapest(humans).flatMap(routes::route);
        if (route.isEmpty()) {
            return false;
        }
        List<Transition> presses = route.get().stream().filter(t -> t.kind() == Transition.Kind.OPTION).toList();
        Optional<Node.Menu> first = presses.size() < 2 ? Optional.empty() : draft.menu(presses.get(0).from());
        Optional<String> key = first.flatMap(Suggestions::freeKey);
        if (key.isEmpty()) {
            return false;
        }
        Option person = presses.get(presses.size() - 1).option();
        List<Option> options = new ArrayList<>(first.get().options());
        options.add(0, new Option(key.get(), null, "To speak with a person, press " + key.get() + ".", person.goTo(),
            person.intents(), false, NEW));
        draft.putMenu(first.get(), options);
        return true;
    }

    private static boolean splitMenu(Draft draft, Finding finding, int width) {
        Optional<Node.Menu> found = draft.menu(finding.node());
        if (found.isEmpty()) {
            return false;
        }
        Node.Menu menu = found.get();
        List<Option> announced = menu.announced();
        List<Option> moved = announced.subList(width - 1, announced.size());
        Set<Option> movedOnes = Collections.newSetFromMap(new IdentityHashMap<>());
        movedOnes.addAll(moved);
        List<Option> kept = new ArrayList<>(menu.options().stream().filter(o -> !movedOnes.contains(o)).toList());
        String moreKey = kept.stream().anyMatch(o -> "9".equals(o.key())) ? "*" : "9";
        if (kept.stream().anyMatch(o -> moreKey.equals(o.key()))) {
            return false;
        }
        String moreId = draft.uniqueId(menu.id() + "-more");
        List<String> intents = moved.stream().flatMap(o -> o.intents().stream()).distinct().toList();
        kept.add(new Option(moreKey, null, "For more options, press " + moreKey + ".", moreId, intents, false, NEW));
        draft.putMenu(menu, kept);
        draft.nodes.put(moreId, new Node.Menu(moreId, "More options.", null, moved, menu.id(), NEW));
        return true;
    }

    private static boolean breakTrap(Draft draft, Finding finding, Facts facts) {
        Optional<Node.Menu> found = draft.menu(finding.node());
        Optional<String> target = facts.personTarget();
        if (found.isEmpty() || target.isEmpty()) {
            return false;
        }
        Node.Menu menu = found.get();
        List<Option> options = new ArrayList<>(menu.options());
        if (options.stream().noneMatch(o -> "0".equals(o.key()))) {
            options.add(0, new Option("0", null, PERSON_PROMPT, target.get(), List.of(), false, NEW));
        }
        draft.nodes.put(menu.id(), new Node.Menu(menu.id(), menu.sayText(), menu.seconds(), options, target.get(),
            null, menu.timeoutSeconds(), menu.tries(), menu.at()));
        return true;
    }

    static Optional<String> freeKey(Node.Menu menu) {
        for (String key : List.of("0", "9", "8", "7", "6", "5", "4", "3", "2", "1", "*", "#")) {
            if (menu.options().stream().noneMatch(o -> key.equals(o.key()))) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
