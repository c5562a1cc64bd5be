package io.ivraudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A phone tree as written in one file: its nodes, the intents callers have, the addresses it
 * sends callers to, and the caller and cost parameters. Maps keep the order of the file.
 *
 * @param id     the tree's id; the file name without {@code .yaml} when not written
 * @param title  a human title, or {@code null}
 * @param entry  the id of the node every call starts at
 * @param caller caller-model parameters as written (see {@link #callerFor(Intent)})
 * @param costs  cost parameters as written (see {@link #effectiveCosts()})
 * @param centre the call centre behind the tree: queues, the day and service targets (SPEC section 2b), or {@link CallCentre#NONE}
 */
public record Tree(String id, String title, String entry, CallerParams caller, Costs costs, CallCentre centre,
                   Map<String, Intent> intents, Map<String, Address> addresses,
                   Map<String, Node> nodes, SourcePosition at) {
    public Tree {
        intents = Collections.unmodifiableMap(new LinkedHashMap<>(intents));
        addresses = Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** A tree without queues. */
    public Tree(String id, String title, String entry, CallerParams caller, Costs costs, Map<String, Intent> intents,
                Map<String, Address> addresses, Map<String, Node> nodes, SourcePosition at) {
        this(id, title, entry, caller, costs, CallCentre.NONE, intents, addresses, nodes, at);
    }

    /** This tree with other nodes (a redesign): everything else, queues included, kept. */
    public Tree withNodes(Map<String, Node> other) {
        return new Tree(id, title, entry, caller, costs, centre, intents, addresses, other, at);
    }

    /** The node with this id, if there is one. */
    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    /** Each node id's place in the file (0 for the first), for sorting ids in file order. O(nodes). */
    public Map<String, Integer> nodeOrder() {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (String id : nodes.keySet()) {
            order.put(id, order.size());
        }
        return order;
    }

    /** The menus, in file order. */
    public List<Node.Menu> menus() {
        return nodes.values().stream()
            .filter(Node.Menu.class::isInstance).map(Node.Menu.class::cast).toList();
    }

    /** The caller parameters for callers with this intent: intent over tree over defaults. */
    public CallerParams callerFor(Intent intent) {
        return intent.caller().over(caller.over(CallerParams.DEFAULTS));
    }

    /** The costs, with the defaults where the tree writes none. */
    public Costs effectiveCosts() {
        return costs.over(Costs.DEFAULTS);
    }

    /** The file this tree was read from ({@code ""} when it was not read from a file). */
    public String file() {
        return at.file();
    }

    /**
     * This tree with every source position made {@link SourcePosition#UNKNOWN}: what the tree
     * means, without where it was written. Two trees with the same content compare equal so.
     */
    public Tree withoutPositions() {
        SourcePosition none = SourcePosition.UNKNOWN;
        CallCentre plainCentre = centre.withQueues(mapValues(centre.queues(), q -> new CallCentre.Queue(q.id(),
            q.agents(), q.handleMinutes(), q.patienceSeconds(), none)));
        return new Tree(id, title, entry, caller, costs, plainCentre,
            mapValues(intents, i -> new Intent(i.id(), i.weight(), i.resolvedBy(), i.caller(), i.proposed(), none)),
            mapValues(addresses, a -> new Address(a.id(), a.channel(), a.replies(), a.routesTo(), none)),
            mapValues(nodes, Tree::nodeWithoutPositions), none);
    }

    private static Node nodeWithoutPositions(Node node) {
        SourcePosition none = SourcePosition.UNKNOWN;
        return node.<Node>match(
            m -> new Node.Menu(m.id(), m.sayText(), m.seconds(),
                m.options().stream().map(o -> new Option(o.key(), o.phrase(), o.say(), o.goTo(),
                    o.intents(), o.hidden(), none)).toList(), m.onInvalid(), m.onTimeout(), m.timeoutSeconds(), m.tries(), none),
            h -> new Node.Human(h.id(), h.queue(), h.holdSeconds(), h.skills(), none),
            s -> new Node.SelfService(s.id(), s.sayText(), s.seconds(), s.next(), none),
            m -> new Node.Message(m.id(), m.sayText(), m.seconds(), m.next(), none),
            h -> new Node.Handoff(h.id(), h.sayText(), h.seconds(), h.address(), none),
            h -> new Node.Hangup(h.id(), h.sayText(), h.seconds(), none),
            b -> new Node.Branch(b.id(), b.branches().stream()
                .map(arm -> new BranchArm(arm.share(), arm.goTo(), none)).toList(), none));
    }

    private static <V> Map<String, V> mapValues(Map<String, V> map, Function<V, V> f) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
