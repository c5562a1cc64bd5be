package io.ivraudit.load;

import io.ivraudit.model.Address;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Imports an Amazon Connect contact flow (the flow language document, or DescribeContactFlow's
 * shape with the flow as a JSON string under {@code Content} or {@code ContactFlow.Content}).
 * Menus are {@code GetParticipantInput} with conditions (keys) and {@code ConnectParticipantWithLexBot}
 * (phrases); queue transfers are people; disconnects hang up; transfers to flows or numbers are
 * handoffs; hours checks are branches; blocks with no meaning for a caller are followed through.
 * The result is checked by loading it as any tree. O(blocks).
 */
public final class ConnectImporter {
    /** The share of calls that find the centre open, when a flow is loaded without {@code import --open-share}. */
    public static final double DEFAULT_OPEN_SHARE = 0.7;

    private final String file;
    private final double openShare;
    private final Problems problems;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, MappingNode> actions = new LinkedHashMap<>();
    private final Map<String, String> nodeIdOf = new HashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** Where the flow's JSON string sits, for flows inside DescribeContactFlow's Content: their lines are the string's own. */
    private SourcePosition contentAt;

    private ConnectImporter(String file, double openShare) {
        this.file = file;
        this.openShare = openShare;
        this.problems = new Problems(file);
    }

    /** Imports a Connect export; {@code openShare} is the share of calls that find the centre open. */
    public static FlowImport read(Path path, double openShare) {
        YamlSource.Read source = YamlSource.read(path, YamlSource.Kind.FLOW);
        if (source.root().isEmpty()) {
            return FlowImport.failed(source.errors());
        }
        return new ConnectImporter(path.toString(), openShare).read(source.root().get(), TreeLoader.defaultId(path));
    }

    private FlowImport read(org.yaml.snakeyaml.nodes.Node root, String defaultId) {
        Optional<MappingNode> flow = flowDocument(root);
        if (flow.isEmpty()) {
            return FlowImport.failed(problems.errors());
        }
        Json doc = new Json(flow.get());
        Optional<String> start = doc.text("StartAction");
        Optional<SequenceNode> list = doc.list("Actions");
        if (start.isEmpty() || list.isEmpty()) {
            problems.add(flow.get(), "found no StartAction and Actions; expected an Amazon Connect flow");
            return FlowImport.failed(problems.errors());
        }
        for (org.yaml.snakeyaml.nodes.Node item : list.get().getValue()) {
            if (item instanceof MappingNode action && new Json(action).text("Identifier").isPresent()
                    && new Json(action).text("Type").isPresent()) {
                actions.put(new Json(action).text("Identifier").orElseThrow(), action);
            } else {
                problems.add(item, "an action without Identifier and Type; expected each action to have both");
            }
        }
        if (!actions.containsKey(start.get())) {
            problems.add(flow.get(), "StartAction '" + start.get() + "' is not an action; expected the Identifier of one");
        }
        if (problems.any()) {
            return FlowImport.failed(problems.errors());
        }
        String entry = resolve(start.get(), new LinkedHashSet<>());
        String id = new Json((MappingNode) root).text("Name").map(ConnectImporter::slug).orElse(defaultId);
        FlowIntents.Proposal intents = FlowIntents.propose(nodes, entry);
        notes.addAll(intents.notes());
        Tree tree = new Tree(id, new Json((MappingNode) root).text("Name").orElse(null), entry, CallerParams.NONE,
            Costs.NONE, intents.intents(), addresses, intents.nodes(), SourcePosition.startOf(file));
        return FlowImports.checked(tree, actions.size(), notes, file);
    }

    /**
     * Whether a document is a Connect flow export: {@code StartAction} with {@code Actions}, or
     * {@code Content} (at the top or under {@code ContactFlow}) holding them. No tree has these keys.
     */
    static boolean looksLikeFlow(org.yaml.snakeyaml.nodes.Node root) {
        if (!(root instanceof MappingNode map)) {
            return false;
        }
        Json json = new Json(map);
        Optional<String> content = json.text("Content").or(() -> json.mapping("ContactFlow").flatMap(c -> new Json(c).text("Content")));
        return json.has("StartAction") && json.has("Actions") || content.filter(c -> c.contains("StartAction")).isPresent();
    }

    /** The flow itself, or the flow inside DescribeContactFlow's {@code Content} string. */
    private Optional<MappingNode> flowDocument(org.yaml.snakeyaml.nodes.Node root) {
        if (!(root instanceof MappingNode map)) {
            problems.add(root, "found " + Fields.describe(root) + "; expected an Amazon Connect flow (a JSON object)");
            return Optional.empty();
        }
        Json json = new Json(map);
        if (json.has("Actions")) {
            return Optional.of(map);
        }
        Optional<org.yaml.snakeyaml.nodes.Node> content = json.get("Content")
            .or(() -> json.mapping("ContactFlow").flatMap(c -> new Json(c).get("Content")));
        if (content.isPresent() && content.get() instanceof ScalarNode text) {
            contentAt = problems.position(text);
            YamlSource.Read inner = YamlSource.read(file + " (Content)", text.getValue(), YamlSource.Kind.FLOW);
            inner.errors().forEach(e -> problems.add(e.at(), e.message()));
            return inner.root().filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .filter(m -> new Json(m).has("Actions"));
        }
        problems.add(root, "found no Actions, Content or ContactFlow.Content; expected an Amazon Connect flow export");
        return Optional.empty();
    }

    /** The node a caller meets at this action: blocks with no meaning for callers are followed through. */
    private String resolve(String actionId, Set<String> following) {
        if (nodeIdOf.containsKey(actionId)) {
            return nodeIdOf.get(actionId);
        }
        MappingNode action = actions.get(actionId);
        if (action == null) {
            notes.add("a transition leads to '" + actionId + "', which is not in the flow: mapped to a hang-up");
            return terminal(actionId, "missing-block", new Node.Hangup(next("missing-block"), null, null, at(actionId)));
        }
        if (!following.add(actionId)) {
            notes.add("blocks loop back to '" + actionId + "' without a caller step: the loop ends in a hang-up");
            return terminal(actionId + "#loop", "loop-end", new Node.Hangup(next("loop-end"), null, null, at(actionId)));
        }
        Json a = new Json(action);
        String type = a.text("Type").orElseThrow();
        Json params = new Json(a.mapping("Parameters").orElse(null));
        Json transitions = new Json(a.mapping("Transitions").orElse(null));
        return switch (type) {
            case "GetParticipantInput", "ConnectParticipantWithLexBot" -> transitions.list("Conditions")
                .filter(c -> !c.getValue().isEmpty())
                .map(c -> menu(actionId, type, params, transitions, c, following))
                .orElseGet(() -> message(actionId, params, transitions, following));
            case "MessageParticipant" -> message(actionId, params, transitions, following);
            case "TransferContactToQueue" -> terminal(actionId, "queue",
                new Node.Human(next("queue"), "queue", 0, List.of(), at(actionId)));
            case "DisconnectParticipant", "EndFlowExecution" -> terminal(actionId, "hangup",
                new Node.Hangup(next("hangup"), null, null, at(actionId)));
            case "TransferToFlow", "TransferParticipantToThirdParty", "TransferToPhoneNumber" ->
                handoff(actionId, type, params);
            case "CheckHoursOfOperation" -> hours(actionId, transitions, following);
            default -> passThrough(actionId, type, transitions, following);
        };
    }

    private String terminal(String actionId, String kind, Node node) {
        nodeIdOf.put(actionId, node.id());
        nodes.put(node.id(), node);
        return node.id();
    }

    private String message(String actionId, Json params, Json transitions, Set<String> following) {
        String id = next("message");
        nodeIdOf.put(actionId, id);
        String say = prompt(params).map(ConnectImporter::oneLine).orElse(null);
        String to = transitions.text("NextAction").map(n -> resolve(n, following))
            .orElseGet(() -> terminal(actionId + "#end", "hangup", new Node.Hangup(next("hangup"), null, null, at(actionId))));
        nodes.put(id, new Node.Message(id, say, null, to, at(actionId)));
        return id;
    }

    private String menu(String actionId, String type, Json params, Json transitions, SequenceNode conditions,
                        Set<String> following) {
        String id = next("menu");
        nodeIdOf.put(actionId, id);
        boolean speech = type.equals("ConnectParticipantWithLexBot");
        String prompt = prompt(params).orElse("");
        PromptSplit split = new PromptSplit(prompt);
        List<Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (org.yaml.snakeyaml.nodes.Node c : conditions.getValue()) {
            Json condition = new Json(c instanceof MappingNode m ? m : null);
            Optional<String> operand = condition.mapping("Condition").flatMap(x -> new Json(x).list("Operands"))
                .filter(ops -> !ops.getValue().isEmpty() && ops.getValue().get(0) instanceof ScalarNode)
                .map(ops -> ((ScalarNode) ops.getValue().get(0)).getValue());
            Optional<String> to = condition.text("NextAction");
            if (operand.isEmpty() || to.isEmpty() || !seen.add(operand.get())) {
                notes.add(id + ": a condition without one operand and a next block, or repeated, was skipped");
                continue;
            }
            String choice = operand.get();
            boolean key = !speech && choice.matches("[0-9*#]");
            if (!speech && !key) {
                notes.add(id + ": condition '" + choice + "' is not one key; it was skipped");
                continue;
            }
            Optional<String> words = speech ? Optional.empty() : split.sentenceForKey(choice);
            boolean announced = speech ? split.mentions(choice) : words.isPresent();
            boolean hidden = !announced && !prompt.isBlank() && !prompt.contains("$.");
            if (hidden) {
                notes.add(id + ": the prompt never mentions " + (key ? "key " : "phrase ") + choice
                    + ", so it is imported as a hidden option");
            }
            options.add(new Option(key ? choice : null, key ? null : choice.toLowerCase(Locale.ROOT), words.orElse(null),
                resolve(to.get(), new LinkedHashSet<>(following)), List.of(), hidden, at(actionId)));
        }
        String invalid = transitions.list("Errors").flatMap(errors -> errors.getValue().stream()
                .map(e -> new Json(e instanceof MappingNode m ? m : null).text("NextAction")).flatMap(Optional::stream)
                .findFirst())
            .or(() -> transitions.text("NextAction"))
            .map(n -> resolve(n, new LinkedHashSet<>(following))).orElse(null);
        if (options.isEmpty()) {
            nodeIdOf.remove(actionId);
            notes.add(id + ": no usable condition; the block is imported as a message");
            return message(actionId, params, transitions, following);
        }
        String rest = oneLine(split.rest());
        nodes.put(id, new Node.Menu(id, rest.isEmpty() ? null : rest, null, options, invalid, at(actionId)));
        return id;
    }

    private String handoff(String actionId, String type, Json params) {
        String target = params.text("ContactFlowId").or(() -> params.text("ThirdPartyPhoneNumber"))
            .or(() -> params.text("PhoneNumber")).orElse(type);
        boolean flow = type.equals("TransferToFlow");
        addresses.putIfAbsent(target, new Address(target, Channel.PHONE, Replies.MONITORED,
            flow ? slug(target.replaceFirst("^\\$\\.FlowAttributes\\.", "")) : null, at(actionId)));
        if (flow) {
            notes.add("transfer to flow " + target + " is a handoff: import that flow too to audit it");
        }
        return terminal(actionId, "handoff", new Node.Handoff(next("handoff"), null, null, target, at(actionId)));
    }

    private String hours(String actionId, Json transitions, Set<String> following) {
        String id = next("hours");
        nodeIdOf.put(actionId, id);
        Optional<String> open = conditionTarget(transitions, "True");
        Optional<String> closed = conditionTarget(transitions, "False").or(() -> transitions.text("NextAction"));
        if (open.isEmpty() || closed.isEmpty()) {
            nodeIdOf.remove(actionId);
            return passThrough(actionId, "CheckHoursOfOperation", transitions, following);
        }
        notes.add(id + ": hours of operation become a branch, open " + openShare + " of the time (--open-share)");
        List<BranchArm> arms = List.of(new BranchArm(openShare, resolve(open.get(), following), at(actionId)),
            new BranchArm(1 - openShare, resolve(closed.get(), new LinkedHashSet<>(following)), at(actionId)));
        nodes.put(id, new Node.Branch(id, arms, at(actionId)));
        return id;
    }

    /** A block with no meaning for a caller: followed through, split evenly where it splits. */
    private String passThrough(String actionId, String type, Json transitions, Set<String> following) {
        Set<String> targets = new LinkedHashSet<>();
        transitions.text("NextAction").ifPresent(targets::add);
        transitions.list("Conditions").ifPresent(list -> list.getValue().forEach(c ->
            new Json(c instanceof MappingNode m ? m : null).text("NextAction").ifPresent(targets::add)));
        if (targets.isEmpty()) {
            notes.add(type + " block '" + actionId + "' leads nowhere: mapped to a hang-up");
            return terminal(actionId, "hangup", new Node.Hangup(next("hangup"), null, null, at(actionId)));
        }
        if (targets.size() == 1) {
            String to = resolve(targets.iterator().next(), following);
            nodeIdOf.put(actionId, to);
            return to;
        }
        String id = next("split");
        nodeIdOf.put(actionId, id);
        notes.add(id + ": " + type + " splits on data callers do not choose; imported as equal shares");
        List<BranchArm> arms = new ArrayList<>();
        double share = 1.0 / targets.size();
        int i = 0;
        for (String target : targets) {
            double s = ++i == targets.size() ? 1 - share * (targets.size() - 1) : share;
            arms.add(new BranchArm(s, resolve(target, new LinkedHashSet<>(following)), at(actionId)));
        }
        nodes.put(id, new Node.Branch(id, arms, at(actionId)));
        return id;
    }

    private static Optional<String> conditionTarget(Json transitions, String operand) {
        return transitions.list("Conditions").flatMap(list -> list.getValue().stream()
            .map(c -> new Json(c instanceof MappingNode m ? m : null))
            .filter(c -> c.mapping("Condition").flatMap(x -> new Json(x).list("Operands"))
                .map(ops -> ops.getValue().stream().anyMatch(o -> o instanceof ScalarNode s && s.getValue().equals(operand)))
                .orElse(false))
            .map(c -> c.text("NextAction")).flatMap(Optional::stream).findFirst());
    }

    /** The words a block plays, SSML tags removed; line breaks kept, since they separate a menu's sentences. */
    private static Optional<String> prompt(Json params) {
        return params.text("Text").or(() -> params.text("SSML").map(ssml -> ssml.replaceAll("<[^>]+>", " ")))
            .map(text -> text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").trim()).filter(text -> !text.isEmpty());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private String next(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "-" + n;
    }

    private SourcePosition at(String actionId) {
        MappingNode action = actions.get(actionId);
        if (contentAt != null) {
            return contentAt;
        }
        return action == null ? SourcePosition.startOf(file) : problems.position(action);
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "flow" : slug;
    }
}
