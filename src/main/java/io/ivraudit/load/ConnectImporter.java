package io.ivraudit.load;

import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
public final class ConnectImporter extends FlowMapper {
    /** The share of calls that find the centre open, when a flow is loaded without {@code import --open-share}. */
    public static final double DEFAULT_OPEN_SHARE = 0.7;

    private final double openShare;
    private final Map<String, MappingNode> actions = new LinkedHashMap<>();
    /** Where the flow's JSON string sits, for flows inside DescribeContactFlow's Content: their lines are the string's own. */
    private SourcePosition contentAt;

    private ConnectImporter(String file, double openShare) {
        super(file);
        this.openShare = openShare;
    }

    /** Imports a Connect export; {@code openShare} is the share of calls that find the centre open. */
    public static FlowImport read(Path path, double openShare) {
        YamlSource.Read source = YamlSource.read(path, YamlSource.Kind.FLOW);
        if (source.root().isEmpty()) {
            return FlowImport.failed(source.errors());
        }
        return new ConnectImporter(path.toString(), openShare).read(source.root().get(), TreeLoader.defaultId(path));
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
            Json action = new Json(item instanceof MappingNode m ? m : null);
            if (action.text("Identifier").isPresent() && action.text("Type").isPresent()) {
                actions.put(action.text("Identifier").orElseThrow(), (MappingNode) item);
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
        Optional<String> name = new Json((MappingNode) root).text("Name");
        return finish(entry, name.map(FlowMapper::slug).orElse(defaultId), name.orElse(null), actions.size());
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
            Optional<MappingNode> flow = inner.root().filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .filter(m -> new Json(m).has("Actions"));
            if (flow.isEmpty() && inner.errors().isEmpty()) {
                problems.add(text, "the Content string holds no flow (no Actions); expected an Amazon Connect flow in it");
            }
            return flow;
        }
        problems.add(root, "found no Actions, Content or ContactFlow.Content; expected an Amazon Connect flow export");
        return Optional.empty();
    }

    @Override boolean exists(String block) {
        return actions.containsKey(block);
    }

    @Override SourcePosition at(String block) {
        MappingNode action = actions.get(block);
        if (contentAt != null) {
            return contentAt;
        }
        return action == null ? SourcePosition.startOf(file) : problems.position(action);
    }

    @Override String map(String block, Set<String> following) {
        Json a = new Json(actions.get(block));
        String type = a.text("Type").orElseThrow();
        Json params = new Json(a.mapping("Parameters").orElse(null));
        Json transitions = new Json(a.mapping("Transitions").orElse(null));
        return switch (type) {
            case "GetParticipantInput", "ConnectParticipantWithLexBot" -> transitions.list("Conditions")
                .filter(c -> !c.getValue().isEmpty())
                .map(c -> menu(block, type.equals("ConnectParticipantWithLexBot"), params, transitions, c, following))
                .orElseGet(() -> message(block, params, transitions, following));
            case "MessageParticipant" -> message(block, params, transitions, following);
            case "TransferContactToQueue" -> terminal(block, new Node.Human(next("queue"), "queue", 0, List.of(), at(block)));
            case "DisconnectParticipant", "EndFlowExecution" -> terminal(block, new Node.Hangup(next("hangup"), null, null, at(block)));
            case "TransferToFlow", "TransferParticipantToThirdParty", "TransferToPhoneNumber" -> handoff(block, type, params);
            case "CheckHoursOfOperation" -> hours(block, transitions, following);
            default -> passThrough(block, type, transitions, following);
        };
    }

    private String message(String block, Json params, Json transitions, Set<String> following) {
        String id = reserve(block, "message");
        String say = prompt(params).map(FlowMapper::oneLine).orElse(null);
        String to = transitions.text("NextAction").map(n -> resolve(n, following))
            .orElseGet(() -> terminal(block + "#end", new Node.Hangup(next("hangup"), null, null, at(block))));
        nodes.put(id, new Node.Message(id, say, null, to, at(block)));
        return id;
    }

    private String menu(String block, boolean speech, Json params, Json transitions, SequenceNode conditions,
                        Set<String> following) {
        String id = reserve(block, "menu");
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (org.yaml.snakeyaml.nodes.Node c : conditions.getValue()) {
            Json condition = new Json(c instanceof MappingNode m ? m : null);
            Optional<String> operand = condition.mapping("Condition").flatMap(x -> new Json(x).list("Operands"))
                .filter(ops -> !ops.getValue().isEmpty() && ops.getValue().get(0) instanceof ScalarNode)
                .map(ops -> ((ScalarNode) ops.getValue().get(0)).getValue());
            Optional<String> to = condition.text("NextAction");
            if (operand.isEmpty() || to.isEmpty() || !seen.add(operand.get())) {
                notes.add(id + ": a condition without one operand and a next block, or repeated, was skipped");
            } else if (!speech && !operand.get().matches("[0-9*#]")) {
                notes.add(id + ": condition '" + operand.get() + "' is not one key; it was skipped");
            } else {
                choices.add(new Choice(operand.get(), speech, to.get()));
            }
        }
        if (choices.isEmpty()) {
            forget(block);
            notes.add(id + ": no usable condition; the block is imported as a message");
            return message(block, params, transitions, following);
        }
        String invalid = transitions.list("Errors").flatMap(errors -> errors.getValue().stream()
                .map(e -> new Json(e instanceof MappingNode m ? m : null).text("NextAction")).flatMap(Optional::stream)
                .findFirst())
            .or(() -> transitions.text("NextAction"))
            .map(n -> resolveFresh(n, following)).orElse(null);
        String prompt = prompt(params).orElse("");
        nodes.put(id, menu(id, prompt, choices, invalid, at(block), following, prompt.contains("$.")));
        return id;
    }

    private String handoff(String block, String type, Json params) {
        String target = params.text("ContactFlowId").or(() -> params.text("ThirdPartyPhoneNumber"))
            .or(() -> params.text("PhoneNumber")).orElse(type);
        boolean flow = type.equals("TransferToFlow");
        address(target, Channel.PHONE, flow ? slug(target.replaceFirst("^\\$\\.FlowAttributes\\.", "")) : null, at(block));
        if (flow) {
            notes.add("transfer to flow " + target + " is a handoff: import that flow too to audit it");
        }
        return terminal(block, new Node.Handoff(next("handoff"), null, null, target, at(block)));
    }

    private String hours(String block, Json transitions, Set<String> following) {
        Optional<String> open = conditionTarget(transitions, "True");
        Optional<String> closed = conditionTarget(transitions, "False").or(() -> transitions.text("NextAction"));
        if (open.isEmpty() || closed.isEmpty()) {
            return passThrough(block, "CheckHoursOfOperation", transitions, following);
        }
        String id = reserve(block, "hours");
        notes.add(id + ": hours of operation become a branch, open " + openShare + " of the time (--open-share)");
        List<BranchArm> arms = List.of(new BranchArm(openShare, resolveFresh(open.get(), following), at(block)),
            new BranchArm(1 - openShare, resolveFresh(closed.get(), following), at(block)));
        nodes.put(id, new Node.Branch(id, arms, at(block)));
        return id;
    }

    /** A block with no meaning for a caller: followed through, split evenly where it splits. */
    private String passThrough(String block, String type, Json transitions, Set<String> following) {
        Set<String> targets = new LinkedHashSet<>();
        transitions.text("NextAction").ifPresent(targets::add);
        transitions.list("Conditions").ifPresent(list -> list.getValue().forEach(c ->
            new Json(c instanceof MappingNode m ? m : null).text("NextAction").ifPresent(targets::add)));
        return FlowSplits.follow(this, block, type, List.copyOf(targets), following);
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
}
