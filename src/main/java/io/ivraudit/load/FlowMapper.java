package io.ivraudit.load;

import io.ivraudit.model.Address;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every flow importer shares: readable node ids, following blocks through (with loops and
 * missing blocks ending at a hang-up, noted), menus built from a prompt and its choices, and the
 * finish (proposed intents, keyless loops broken, the tree loaded as any tree). A platform
 * subclass says which blocks exist, where they are, and what each becomes.
 */
abstract class FlowMapper {
    final String file;
    final Problems problems;
    final List<String> notes = new ArrayList<>();
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, String> nodeIdOf = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    FlowMapper(String file) {
        this.file = file;
        this.problems = new Problems(file);
    }

    /** Whether the flow has a block with this id. */
    abstract boolean exists(String block);

    /** Where a block was written, for findings. */
    abstract SourcePosition at(String block);

    /** The node a caller meets at this block (which exists, and is not being followed already). */
    abstract String map(String block, Set<String> following);

    /** The node a caller meets at {@code block}: blocks are mapped once, and loops of system blocks end. */
    final String resolve(String block, Set<String> following) {
        if (nodeIdOf.containsKey(block)) {
            return nodeIdOf.get(block);
        }
        if (!exists(block)) {
            notes.add("a transition leads to '" + block + "', which is not in the flow: mapped to a hang-up");
            return terminal(block, new Node.Hangup(next("missing-block"), null, null, SourcePosition.startOf(file)));
        }
        if (!following.add(block)) {
            notes.add("blocks loop back to '" + block + "' without a caller step: the loop ends in a hang-up");
            return terminal(block + "#loop", new Node.Hangup(next("loop-end"), null, null, at(block)));
        }
        return map(block, following);
    }

    /** The same, for a branch of the flow that must not share {@code following} with its siblings. */
    final String resolveFresh(String block, Set<String> following) {
        return resolve(block, new LinkedHashSet<>(following));
    }

    /** Records {@code node} as what {@code block} becomes. */
    final String terminal(String block, Node node) {
        nodeIdOf.put(block, node.id());
        nodes.put(node.id(), node);
        return node.id();
    }

    /** Reserves the node id of a block before its successors are mapped (they may lead back to it). */
    final String reserve(String block, String kind) {
        String id = next(kind);
        nodeIdOf.put(block, id);
        return id;
    }

    /** Maps {@code block} to the same node as {@code other}: a block with no meaning for callers. */
    final String alias(String block, String other) {
        nodeIdOf.put(block, other);
        return other;
    }

    final void forget(String block) {
        nodeIdOf.remove(block);
    }

    /** A fresh readable id: {@code menu-1}, {@code queue-2}, ... */
    final String next(String kind) {
        return kind + "-" + counters.merge(kind, 1, Integer::sum);
    }

    /** A phone (or other channel) address for a handoff, declared once. */
    final void address(String id, Channel channel, String routesTo, SourcePosition at) {
        addresses.putIfAbsent(id, new Address(id, channel, Replies.MONITORED, routesTo, at));
    }

    /** One way out of a menu: a key or a phrase, and the block it leads to. */
    record Choice(String choice, boolean phrase, String target) {}

    /**
     * A menu from its prompt and choices: each key option gets the sentence that announces it;
     * an option the prompt never mentions is hidden (unless the prompt is built from variables).
     */
    final Node.Menu menu(String id, String prompt, List<Choice> choices, String invalid, SourcePosition at,
                         Set<String> following, boolean dynamicPrompt) {
        PromptSplit split = new PromptSplit(prompt);
        List<Option> options = new ArrayList<>();
        for (Choice c : choices) {
            java.util.Optional<String> words = c.phrase() ? java.util.Optional.empty() : split.sentenceForKey(c.choice());
            boolean announced = c.phrase() ? split.mentions(c.choice()) : words.isPresent();
            boolean hidden = !announced && !prompt.isBlank() && !dynamicPrompt;
            if (hidden) {
                notes.add(id + ": the prompt never mentions " + (c.phrase() ? "phrase " : "key ") + c.choice()
                    + ", so it is imported as a hidden option");
            }
            options.add(new Option(c.phrase() ? null : c.choice(), c.phrase() ? c.choice().toLowerCase(Locale.ROOT) : null,
                words.map(FlowMapper::oneLine).orElse(null), resolveFresh(c.target(), following), List.of(), hidden, at));
        }
        String rest = oneLine(split.rest());
        return new Node.Menu(id, rest.isEmpty() ? null : rest, null, options, invalid, at);
    }

    /** The tree: intents proposed from the first menu, loops no caller could leave broken, checked by loading it. */
    final FlowImport finish(String entry, String treeId, String title, int blocks) {
        FlowIntents.Proposal intents = FlowIntents.propose(nodes, entry);
        notes.addAll(intents.notes());
        Tree tree = new Tree(treeId, title, entry, CallerParams.NONE, Costs.NONE, intents.intents(), addresses,
            intents.nodes(), SourcePosition.startOf(file));
        return FlowImports.checked(tree, blocks, notes, file);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "flow" : slug;
    }
}
