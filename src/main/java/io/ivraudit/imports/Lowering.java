package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.Address;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns parsed flows into one phone tree, the same way for every platform. It walks from the
 * entry flow's entry block, lowers each block a call can reach into tree nodes by what it does
 * for a caller ({@link Step}), and writes a report line for every exit of every block it
 * reaches: the edge it became, or what was done instead and why. Flows that transfer calls to
 * each other are linked by name. O(blocks + exits).
 */
final class Lowering {
    private final List<Flow> flows;
    private final ImportOptions options;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, Address> addresses = new LinkedHashMap<>();
    final List<ImportReport.Line> lines = new ArrayList<>();
    final NodeIds ids = new NodeIds();
    private final Map<String, String> nodeOf = new HashMap<>();
    private final Map<String, String> personOf = new HashMap<>();
    private final Set<String> reached = new LinkedHashSet<>();
    /** Sub-flows as run from one block: where the call goes when they end. */
    final Map<Flow, String> returnTo = new java.util.IdentityHashMap<>();
    private String callEnds;

    Lowering(List<Flow> flows, ImportOptions options) {
        this.flows = List.copyOf(flows);
        this.options = options;
    }

    /** The node a call meets at {@code blockId} of {@code flow}; each block is lowered once. */
    String resolve(Flow flow, String blockId, Set<String> following) {
        String key = key(flow, blockId);
        if (nodeOf.containsKey(key)) {
            return nodeOf.get(key);
        }
        Block block = flow.blocks().get(blockId);
        if (block == null) {
            return callEnds();
        }
        if (!following.add(key)) {
            line(flow, block, "", Fate.CUT, "blocks loop back here without a caller step; the loop ends the call");
            return callEnds();
        }
        reached.add(block.at().file() + "\u0000" + blockId);
        return lower(flow, block, following);
    }

    /** The same, for one way on of a block that must not share {@code following} with its siblings. */
    String resolveFresh(Flow flow, String blockId, Set<String> following) {
        return resolve(flow, blockId, new LinkedHashSet<>(following));
    }

    /**
     * Where an exit leads: the node of its block, or, when the export connects it to nothing,
     * what the platform does then; the report says which.
     */
    String follow(Flow flow, Block from, Exit exit, Set<String> following) {
        if (!exit.connected() && exit.then() == Exit.Missing.ENDS_CALL && returnTo.containsKey(flow)) {
            String back = returnTo.get(flow);
            line(flow, from, exit.describe(), Fate.MAPPED, "connected to nothing: the sub-flow ends and the call goes "
                + "back to the flow that ran it ('" + back + "')");
            return back;
        }
        if (!exit.connected()) {
            String to = exit.then() == Exit.Missing.REPEATS ? nodeOf.get(key(flow, from.id())) : callEnds();
            line(flow, from, exit.describe(), Fate.MAPPED, exit.then() == Exit.Missing.REPEATS
                ? "connected to nothing: " + flow.platform() + " repeats the block"
                : "connected to nothing: " + flow.platform() + " ends the call here ('" + to + "')");
            return to;
        }
        if (!flow.blocks().containsKey(exit.target())) {
            line(flow, from, exit.describe(), Fate.CUT, "leads to '" + exit.target()
                + "', which is not in the flow; the call ends ('" + callEnds() + "')");
            return callEnds();
        }
        String to = resolveFresh(flow, exit.target(), following);
        line(flow, from, exit.describe(), Fate.MAPPED, "to '" + to + "'");
        return to;
    }

    /** Reports every exit of a block that the block's lowering does not use, with the reason. */
    void cutRest(Flow flow, Block block, List<Exit> used, String why) {
        for (Exit exit : block.exits()) {
            if (used.stream().noneMatch(u -> u == exit)) {
                line(flow, block, exit.describe(), Fate.CUT, exit.kind() == Exit.Kind.NEVER ? "no call can take it" : why);
            }
        }
    }

    void line(Flow flow, Block block, String exit, Fate fate, String detail) {
        lines.add(new ImportReport.Line(flow.name(), block.id(), block.type(), exit, fate, detail));
    }

    /** Records the node a block became, before its successors are lowered (they may lead back to it). */
    String reserve(Flow flow, Block block, String kind) {
        String id = ids.forBlock(block.id(), kind);
        nodeOf.put(key(flow, block.id()), id);
        return id;
    }

    /** Records that a block leads straight to another node: it means nothing for callers. */
    void alias(Flow flow, Block block, String to) {
        nodeOf.put(key(flow, block.id()), to);
    }

    ImportOptions options() {
        return options;
    }

    /** The hang-ups where the platform drops calls (none, or the one {@link #callEnds()}). */
    Set<String> dropped() {
        return callEnds == null ? Set.of() : Set.of(callEnds);
    }

    /** Where a call goes when a block of {@code flow} has no way on: back to the flow that ran it, else it ends. */
    String endOf(Flow flow) {
        return returnTo.getOrDefault(flow, callEnds());
    }

    /** The one hang-up where calls end that the platform ends (an exit connected to nothing, a missing block). */
    String callEnds() {
        if (callEnds == null) {
            callEnds = ids.unique("call-ends");
            nodes.put(callEnds, new Node.Hangup(callEnds, null, null, SourcePosition.startOf(flows.get(0).file())));
        }
        return callEnds;
    }

    private String lower(Flow flow, Block block, Set<String> following) {
        Step step = block.step();
        if (step instanceof Step.Ask ask) {
            return new MenuLowering(this, flow, block, ask).lower(following);
        }
        if (step instanceof Step.Play play) {
            return play(flow, block, play.words(), play.recording(), following);
        }
        if (step instanceof Step.Collect collect) {
            return Splits.collect(this, flow, block, collect, following);
        }
        if (step instanceof Step.Person person) {
            return person(flow, block, person.queue());
        }
        if (step instanceof Step.Forward forward) {
            return forward(flow, block, forward.address(), forward.channel(), "the call has left the flow");
        }
        if (step instanceof Step.Link link) {
            return link.returns() ? SubFlows.call(this, flow, block, link.flow(), following)
                : link(flow, block, link.flow(), following);
        }
        if (step instanceof Step.Hangup hangup) {
            String id = reserve(flow, block, "hangup");
            nodes.put(id, new Node.Hangup(id, blankToNull(hangup.words()), null, block.at()));
            cutRest(flow, block, List.of(), "the platform hangs up at this block");
            return id;
        }
        if (step instanceof Step.Hours) {
            return Splits.hours(this, flow, block, options.openShare(), following);
        }
        if (step instanceof Step.Split split) {
            return Splits.split(this, flow, block, split, following);
        }
        if (step instanceof Step.Pass) {
            return Splits.pass(this, flow, block, following);
        }
        throw new IllegalStateException("step " + step + " has no lowering");
    }

    String play(Flow flow, Block block, String words, boolean recording, Set<String> following) {
        String id = reserve(flow, block, "message");
        if (recording && (words == null || words.isBlank())) {
            line(flow, block, "", Fate.GUESSED, "plays a recording whose words are unknown: its length is not counted");
        }
        Optional<Exit> next = block.exit(Exit.Kind.NEXT);
        String to = next.map(e -> follow(flow, block, e, following)).orElseGet(() -> endOf(flow));
        if (next.isEmpty()) {
            line(flow, block, "", Fate.MAPPED, "no way on: after the words the call goes to '" + to + "'");
        }
        nodes.put(id, new Node.Message(id, blankToNull(words), null, to, block.at()));
        cutRest(flow, block, next.stream().toList(), "a playback failing is not modelled: the words are taken to play");
        return id;
    }

    /** One person per distinct queue: every block that puts calls in the same queue leads to the same node. */
    private String person(Flow flow, Block block, String queue) {
        String name = queue == null || queue.isBlank() ? "person" : queue;
        String id = personOf.computeIfAbsent(name, n -> ids.unique(n.equals("person") ? "person" : "queue-" + NodeIds.slug(n)));
        nodeOf.put(key(flow, block.id()), id);
        nodes.putIfAbsent(id, new Node.Human(id, queue, 0, List.of(), block.at()));
        if (queue == null || queue.isBlank()) {
            line(flow, block, "", Fate.GUESSED, "the queue is set at run time or not at all: one person '" + id + "'");
        }
        cutRest(flow, block, List.of(), "the call waits in the queue; this way on (a full queue, an error) is not modelled");
        return id;
    }

    String forward(Flow flow, Block block, String address, Channel channel, String why) {
        String id = reserve(flow, block, "handoff");
        addresses.putIfAbsent(address, new Address(address, channel, Replies.MONITORED, null, block.at()));
        nodes.put(id, new Node.Handoff(id, null, null, address, block.at()));
        line(flow, block, "", Fate.GUESSED, "sends the caller to " + channel.word() + " '" + address
            + "': a person may answer there; mark it replies: none or unmonitored if nobody does");
        cutRest(flow, block, List.of(), why);
        return id;
    }

    /**
     * The flow another flow names in a transfer or a sub-flow, among those given; a name
     * {@code flow#block} that names no flow is that flow entered at that block (VoiceXML's
     * {@code other.vxml#dialog}).
     */
    Optional<Flow> linked(String target) {
        Optional<Flow> named = flows.stream().filter(f -> f.names().contains(target)).findFirst();
        int hash = target.lastIndexOf('#');
        if (named.isPresent() || hash <= 0) {
            return named;
        }
        String flowName = target.substring(0, hash);
        String block = target.substring(hash + 1);
        return flows.stream().filter(f -> f.names().contains(flowName) && f.blocks().containsKey(block)).findFirst()
            .map(f -> new Flow(f.platform(), f.file(), f.name(), block, f.blocks(), f.names()));
    }

    private String link(Flow flow, Block block, String target, Set<String> following) {
        Optional<Flow> linked = linked(target);
        if (linked.isEmpty()) {
            return forward(flow, block, "flow: " + target, Channel.PHONE, "the call has left this flow for '" + target
                + "', which was not given: import it too (several files, or a folder) to audit it");
        }
        Flow next = linked.get();
        String to = resolve(next, next.entry(), following);
        nodeOf.put(key(flow, block.id()), to);
        line(flow, block, "", Fate.MAPPED, "transfers to flow '" + next.name() + "', entered at '" + to + "'");
        cutRest(flow, block, List.of(), "a failed transfer is not modelled: the call is taken to reach the flow");
        return to;
    }

    /**
     * The blocks a call can reach, as {@code file + id} keys: a block reached in a sub-flow's
     * copies, or in several flows that share it (Asterisk's included contexts), counts once.
     */
    Set<String> reached() {
        return reached;
    }

    static String key(Flow flow, String blockId) {
        return flow.name() + "\u0000" + blockId;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("\\s+", " ").trim();
    }

    static List<BranchArm> equalArms(List<String> targets, SourcePosition at) {
        List<BranchArm> arms = new ArrayList<>();
        double share = 1.0 / targets.size();
        for (int i = 0; i < targets.size(); i++) {
            arms.add(new BranchArm(i == targets.size() - 1 ? 1 - share * (targets.size() - 1) : share, targets.get(i), at));
        }
        return arms;
    }
}
