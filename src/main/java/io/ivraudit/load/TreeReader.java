package io.ivraudit.load;

import io.ivraudit.model.Address;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns the YAML node tree of one file into a {@link Tree}, checking every key, type and value
 * of SPEC section 1 on the way. Names that refer to other parts of the file are collected as
 * {@link Reference}s and checked by {@link TreeChecks} once every id is known.
 */
final class TreeReader {
    static final Set<String> ROOT_KEYS =
        Set.of("tree", "title", "entry", "caller", "costs", "queues", "day", "service", "intents", "addresses", "nodes");
    static final Set<String> VARIANT_KEYS = union(ROOT_KEYS, Set.of("extends", "remove"));
    static final Set<String> CALLER_KEYS = CallerParams.NONE.byKey().keySet();
    static final Set<String> COST_KEYS = Costs.NONE.byKey().keySet();
    static final Set<String> INTENT_KEYS = union(CALLER_KEYS, Set.of("weight", "resolved_by", "proposed"));
    static final Set<String> ADDRESS_KEYS = Set.of("channel", "replies", "routes_to");
    static final Set<String> QUEUE_KEYS = Set.of("agents", "handle_minutes", "patience_seconds");
    static final Set<String> DAY_KEYS = Set.of("open_hours", "profile");
    static final Set<String> SERVICE_KEYS = CallCentre.Service.NONE.byKey().keySet();
    /** The most agents a queue may have in one interval, and the most intervals of a day. */
    static final int MOST_AGENTS = 50_000;
    static final int MOST_INTERVALS = 96;
    static final Set<String> OPTION_KEYS = Set.of("key", "phrase", "say", "goto", "intents", "hidden");
    static final Set<String> BRANCH_KEYS = Set.of("share", "goto");
    static final Map<String, Set<String>> NODE_KEYS = Map.of(
        "menu", Set.of("type", "say", "seconds", "options", "on_invalid", "on_timeout", "timeout_seconds", "tries"),
        "human", Set.of("type", "queue", "hold_seconds", "skills"),
        "self_service", Set.of("type", "say", "seconds", "next"),
        "message", Set.of("type", "say", "seconds", "next"),
        "handoff", Set.of("type", "say", "seconds", "address"),
        "hangup", Set.of("type", "say", "seconds"),
        "branch", Set.of("type", "branches"));
    static final Map<String, Set<String>> NODE_REQUIRED = Map.of(
        "menu", Set.of("options"), "message", Set.of("next"), "handoff", Set.of("address"),
        "branch", Set.of("branches"));
    static final List<String> NODE_TYPES =
        List.of("menu", "human", "self_service", "message", "handoff", "hangup", "branch");
    private static final Pattern DTMF = Pattern.compile("[0-9*#]");
    private static final double LONGEST_SECONDS = 24 * 3600;

    /**
     * A name used somewhere that must be declared in the same file, by the element that uses it
     * ({@code owner}, such as "node main"; null for the top level), so a variant that replaces the
     * element also drops what it referred to.
     */
    record Reference(Kind kind, String name, SourcePosition at, String field, String owner) {
        enum Kind {
            NODE("a node", "nodes"), INTENT("an intent", "intents"), ADDRESS("an address", "addresses");

            final String noun;
            final String section;

            Kind(String noun, String section) {
                this.noun = noun;
                this.section = section;
            }
        }

        /** The owner key of the entry {@code id} of this kind: "NODE main". */
        static String owner(Kind kind, String id) {
            return kind.name() + " " + id;
        }
    }

    private final Problems problems;
    private final List<Reference> references = new ArrayList<>();
    private final Map<Reference.Kind, Set<String>> declared = new java.util.EnumMap<>(Reference.Kind.class);
    private String owner;

    private TreeReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The tree as far as it could be read (with problems, a partial tree whose references can
     * still be checked), or empty when the file is not a mapping at all.
     */
    static Optional<Read> read(org.yaml.snakeyaml.nodes.Node root, Problems problems, String defaultId) {
        TreeReader reader = new TreeReader(problems);
        Optional<Fields> top = Fields.of(problems, "", root, reader.rootKeys(root), Set.of());
        return top.map(f -> new Read(reader.tree(f, defaultId), List.copyOf(reader.references),
            Map.copyOf(reader.declared), reader.extendsOf(f), f.textList("remove").orElse(List.of())));
    }

    /** A variant (a file with {@code extends}) may also say {@code extends} and {@code remove}. */
    private Set<String> rootKeys(org.yaml.snakeyaml.nodes.Node root) {
        boolean variant = root instanceof org.yaml.snakeyaml.nodes.MappingNode map && map.getValue().stream()
            .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("extends"));
        return variant ? VARIANT_KEYS : ROOT_KEYS;
    }

    private Fields.Positioned extendsOf(Fields f) {
        return f.text("extends").map(path -> new Fields.Positioned(path, f.at("extends"))).orElse(null);
    }

    /**
     * A tree as read, with the references it makes and every id declared by kind (including
     * ids whose definitions had problems, so a broken node is not also reported as missing).
     */
    record Read(Tree tree, List<Reference> references, Map<Reference.Kind, Set<String>> declared,
                Fields.Positioned extendsPath, List<Fields.Positioned> remove) {}

    private Tree tree(Fields f, String defaultId) {
        if (!f.has("extends")) {
            for (String key : List.of("entry", "intents", "nodes")) {
                if (!f.has(key)) {
                    problems.add(f.at(), "missing key '" + key + "'; expected it here");
                }
            }
        }
        String id = f.text("tree").orElse(defaultId);
        String title = f.text("title").orElse(null);
        String entry = f.text("entry").orElse(null);
        if (entry != null) {
            references.add(new Reference(Reference.Kind.NODE, entry, f.at("entry"), "entry", null));
        }
        CallerParams caller = f.value("caller").map(v -> callerParams(v, "caller")).orElse(CallerParams.NONE);
        Costs costs = f.value("costs").map(this::costs).orElse(Costs.NONE);
        CallCentre centre = new CallCentre(queues(f), f.value("day").map(this::day).orElse(CallCentre.Day.NONE),
            f.value("service").map(this::service).orElse(CallCentre.Service.NONE));
        Map<String, Intent> intents = entries(f, "intents", Reference.Kind.INTENT, this::intent);
        Map<String, Address> addresses = entries(f, "addresses", Reference.Kind.ADDRESS, this::address);
        Map<String, Node> nodes = entries(f, "nodes", Reference.Kind.NODE, this::node);
        if (f.has("intents") && isEmptyMapping(f.value("intents").orElseThrow())) {
            problems.add(f.at("intents"), "no intents; expected at least one reason people call");
        }
        if (f.has("nodes") && isEmptyMapping(f.value("nodes").orElseThrow())) {
            problems.add(f.at("nodes"), "no nodes; expected at least the entry node");
        }
        return new Tree(id, title, entry, caller, costs, centre, intents, addresses, nodes,
            SourcePosition.startOf(problems.file()));
    }

    private static boolean isEmptyMapping(org.yaml.snakeyaml.nodes.Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.MappingNode m && m.getValue().isEmpty();
    }

    private interface EntryReader<T> {
        Optional<T> read(String id, SourcePosition keyAt, org.yaml.snakeyaml.nodes.Node value);
    }

    /** The entries of a mapping of id to definition, such as {@code nodes}. */
    private <T> Map<String, T> entries(Fields f, String key, Reference.Kind kind, EntryReader<T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        Set<String> ids = new java.util.LinkedHashSet<>();
        declared.put(kind, ids);
        f.value(key).flatMap(v -> Fields.of(problems, key, v, Set.of(), Set.of())).ifPresent(map -> {
            for (NodeTuple tuple : map.entries()) {
                String id = ((ScalarNode) tuple.getKeyNode()).getValue();
                ids.add(id);
                owner = Reference.owner(kind, id);
                reader.read(id, problems.position(tuple.getKeyNode()), tuple.getValueNode())
                    .ifPresent(value -> out.put(id, value));
            }
            owner = null;
        });
        return out;
    }

    private CallerParams callerParams(org.yaml.snakeyaml.nodes.Node node, String context) {
        return Fields.of(problems, context, node, CALLER_KEYS, Set.of())
            .map(this::callerParams).orElse(CallerParams.NONE);
    }

    private CallerParams callerParams(Fields f) {
        return new CallerParams(
            f.integer("patience", 1, 1000).orElse(null),
            f.number("misroute", 0, 1).orElse(null),
            f.number("zero_out", 0, 1).orElse(null),
            f.number("give_up", 0, 1).orElse(null),
            f.number("wait_out", 0, 1).orElse(null),
            f.number("savvy", 0, 1).orElse(null),
            f.number("redial", 0, 0.99).orElse(null));
    }

    private Costs costs(org.yaml.snakeyaml.nodes.Node node) {
        return Fields.of(problems, "costs", node, COST_KEYS, Set.of()).map(f -> new Costs(
            f.number("agent_per_minute", 0, 1e6).orElse(null),
            f.number("ivr_per_minute", 0, 1e6).orElse(null),
            f.number("handle_minutes", 0, 1e4).orElse(null),
            f.number("lifetime_value", 0, 1e12).orElse(null),
            f.number("churn_after_failure", 0, 1).orElse(null),
            f.number("calls_per_day", 0, 1e9).orElse(null),
            f.number("agent_per_hour", 0, 1e6).orElse(null))).orElse(Costs.NONE);
    }

    /** The {@code queues} mapping: each queue's agents (one number, or one per interval) and its times. */
    private Map<String, CallCentre.Queue> queues(Fields top) {
        Map<String, CallCentre.Queue> out = new LinkedHashMap<>();
        top.value("queues").flatMap(v -> Fields.of(problems, "queues", v, Set.of(), Set.of())).ifPresent(map -> {
            if (map.entries().isEmpty()) {
                problems.add(map.at(), "no queues; expected at least one, or no 'queues' key");
            }
            for (NodeTuple tuple : map.entries()) {
                String id = ((ScalarNode) tuple.getKeyNode()).getValue();
                String context = "queue '" + id + "'";
                SourcePosition at = problems.position(tuple.getKeyNode());
                Fields.of(problems, context, tuple.getValueNode(), QUEUE_KEYS, Set.of("agents")).ifPresent(q -> {
                    List<Integer> agents = agents(q);
                    Optional<Double> handle = q.number("handle_minutes", 0.01, 1e4);
                    Optional<Double> patience = q.number("patience_seconds", 1, LONGEST_SECONDS);
                    if (!agents.isEmpty()) {
                        out.put(id, new CallCentre.Queue(id, agents, handle.orElse(null), patience.orElse(null), at));
                    }
                });
            }
        });
        return out;
    }

    private List<Integer> agents(Fields q) {
        org.yaml.snakeyaml.nodes.Node value = q.value("agents").orElseThrow();
        if (!(value instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            return q.integer("agents", 0, MOST_AGENTS).map(List::of).orElse(List.of());
        }
        List<org.yaml.snakeyaml.nodes.Node> items = q.sequence("agents").orElseThrow();
        if (items.isEmpty() || items.size() > MOST_INTERVALS) {
            problems.add(value, q.field("agents") + " has " + items.size() + " numbers; expected one number, or one per "
                + "interval of the day (1 to " + MOST_INTERVALS + ")");
            return List.of();
        }
        List<Integer> agents = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : items) {
            problems.integer(item, q.field("agents") + " entry", 0, MOST_AGENTS).ifPresent(agents::add);
        }
        return agents.size() == items.size() ? agents : List.of();
    }

    private CallCentre.Day day(org.yaml.snakeyaml.nodes.Node node) {
        return Fields.of(problems, "day", node, DAY_KEYS, Set.of()).map(f -> {
            Double hours = f.number("open_hours", 0.25, 24).orElse(null);
            List<Double> profile = f.sequence("profile").map(items -> {
                List<Double> shares = new ArrayList<>();
                for (org.yaml.snakeyaml.nodes.Node item : items) {
                    problems.number(item, f.field("profile") + " entry", 0, 1).ifPresent(shares::add);
                }
                if (shares.size() != items.size()) {
                    return null;
                }
                double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
                if (items.isEmpty() || items.size() > MOST_INTERVALS || Math.abs(sum - 1) > 1e-6) {
                    problems.add(f.value("profile").orElseThrow(), f.field("profile") + " has " + items.size()
                        + " shares summing to " + Problems.plain(sum) + "; expected 1 to " + MOST_INTERVALS
                        + " shares of the day's calls summing to 1");
                    return null;
                }
                return shares;
            }).orElse(null);
            return new CallCentre.Day(hours, profile);
        }).orElse(CallCentre.Day.NONE);
    }

    private CallCentre.Service service(org.yaml.snakeyaml.nodes.Node node) {
        return Fields.of(problems, "service", node, SERVICE_KEYS, Set.of()).map(f -> new CallCentre.Service(
            f.number("answer_within_seconds", 0, LONGEST_SECONDS).orElse(null),
            f.number("level", 0, 1).orElse(null),
            f.number("max_abandon", 0, 1).orElse(null),
            f.number("shrinkage", 0, 0.95).orElse(null))).orElse(CallCentre.Service.NONE);
    }

    private Optional<Intent> intent(String id, SourcePosition at, org.yaml.snakeyaml.nodes.Node node) {
        String context = "intent '" + id + "'";
        return Fields.of(problems, context, node, INTENT_KEYS, Set.of("weight", "resolved_by")).map(f -> {
            double weight = f.number("weight", 0, 1e12).orElse(1.0);
            if (f.has("weight") && weight <= 0) {
                problems.add(f.at("weight"), f.field("weight") + " is 0; expected a positive number");
            }
            List<String> resolvedBy = names(f, "resolved_by", Reference.Kind.NODE);
            return new Intent(id, weight, resolvedBy, callerParams(f), f.bool("proposed").orElse(false), at);
        });
    }

    private Optional<Address> address(String id, SourcePosition at, org.yaml.snakeyaml.nodes.Node node) {
        String context = "address '" + id + "'";
        return Fields.of(problems, context, node, ADDRESS_KEYS, Set.of("channel")).flatMap(f -> {
            Optional<Channel> channel = f.oneOf("channel", List.of("phone", "email", "sms", "web"))
                .map(w -> Channel.valueOf(w.toUpperCase(Locale.ROOT)));
            Optional<Replies> replies = f.oneOf("replies", List.of("monitored", "unmonitored", "none"))
                .map(w -> Replies.valueOf(w.toUpperCase(Locale.ROOT)));
            String routesTo = f.text("routes_to").orElse(null);
            if (channel.isEmpty()) {
                return Optional.empty();
            }
            boolean phone = channel.get() == Channel.PHONE;
            if (!phone && !f.has("replies")) {
                problems.add(f.at(), context + ": missing key 'replies'; expected monitored, "
                    + "unmonitored or none for a " + channel.get().word() + " address");
            }
            if (!phone && routesTo != null) {
                problems.add(f.at("routes_to"), f.field("routes_to") + " is set on a "
                    + channel.get().word() + " address; expected it on phone addresses only");
            }
            return Optional.of(new Address(id, channel.get(),
                replies.orElse(Replies.MONITORED), routesTo, at));
        });
    }

    private Optional<Node> node(String id, SourcePosition at, org.yaml.snakeyaml.nodes.Node yaml) {
        String context = "node '" + id + "'";
        Optional<String> type = nodeType(yaml, context);
        return type.flatMap(t -> Fields.of(problems, context, yaml, NODE_KEYS.get(t),
                NODE_REQUIRED.getOrDefault(t, Set.of()))
            .map(f -> build(id, t, f, context, at)));
    }

    /** The node's {@code type}, read first because it decides which keys the node may have. */
    private Optional<String> nodeType(org.yaml.snakeyaml.nodes.Node yaml, String context) {
        if (!(yaml instanceof org.yaml.snakeyaml.nodes.MappingNode map)) {
            problems.add(yaml, context + " is " + Fields.describe(yaml)
                + "; expected a mapping with 'type' and the keys of that type");
            return Optional.empty();
        }
        Optional<NodeTuple> typeEntry = map.getValue().stream()
            .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type"))
            .findFirst();
        if (typeEntry.isEmpty()) {
            problems.add(yaml, context + ": missing key 'type'; expected one of " + String.join(", ", NODE_TYPES));
            return Optional.empty();
        }
        org.yaml.snakeyaml.nodes.Node value = typeEntry.get().getValueNode();
        return problems.text(value, context + ": type").flatMap(word -> {
            if (NODE_TYPES.contains(word)) {
                return Optional.of(word);
            }
            problems.add(value, context + ": type is '" + word + "'" + Spelling.suggestion(word, NODE_TYPES)
                + "; expected one of " + String.join(", ", NODE_TYPES));
            return Optional.empty();
        });
    }

    private Node build(String id, String type, Fields f, String context, SourcePosition at) {
        String say = f.text("say").orElse(null);
        Double seconds = f.number("seconds", 0, LONGEST_SECONDS).orElse(null);
        return switch (type) {
            case "menu" -> new Node.Menu(id, say, seconds, options(f, context), name(f, "on_invalid"),
                name(f, "on_timeout"), f.number("timeout_seconds", 0, LONGEST_SECONDS).orElse(null),
                f.integer("tries", 1, Node.Menu.MOST_TRIES).orElse(null), at);
            case "human" -> new Node.Human(id, f.text("queue").orElse(null),
                f.number("hold_seconds", 0, LONGEST_SECONDS).orElse(0.0),
                names(f, "skills", Reference.Kind.INTENT), at);
            case "self_service" -> new Node.SelfService(id, say, seconds, name(f, "next"), at);
            case "message" -> new Node.Message(id, say, seconds, name(f, "next"), at);
            case "handoff" -> new Node.Handoff(id, say, seconds,
                name(f, "address", Reference.Kind.ADDRESS), at);
            case "hangup" -> new Node.Hangup(id, say, seconds, at);
            case "branch" -> new Node.Branch(id, branches(f, context), at);
            default -> throw new IllegalStateException("node type '" + type + "' was accepted but has no reader");
        };
    }

    private List<Option> options(Fields menu, String context) {
        List<Option> options = new ArrayList<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        Map<String, SourcePosition> phrases = new HashMap<>();
        List<org.yaml.snakeyaml.nodes.Node> items = menu.sequence("options").orElse(List.of());
        if (menu.has("options") && items.isEmpty()) {
            problems.add(menu.at("options"), menu.field("options") + " is empty; expected at least one option");
        }
        for (org.yaml.snakeyaml.nodes.Node item : items) {
            Fields.of(problems, context, item, OPTION_KEYS, Set.of("goto")).ifPresent(f -> {
                String key = f.value("key").flatMap(v -> dtmfKey(v, f.field("key"))).orElse(null);
                String phrase = f.text("phrase").orElse(null);
                if (!f.has("key") && !f.has("phrase")) {
                    problems.add(f.at(), context + ": an option has neither 'key' nor 'phrase'; "
                        + "expected a key to press, a phrase to say, or both");
                }
                unique(keys, key, f.at("key"), context + ": key '" + key + "'");
                unique(phrases, phrase == null ? null : phrase.toLowerCase(Locale.ROOT), f.at("phrase"),
                    context + ": phrase '" + phrase + "'");
                options.add(new Option(key, phrase, f.text("say").orElse(null), name(f, "goto"),
                    names(f, "intents", Reference.Kind.INTENT), f.bool("hidden").orElse(false), f.at()));
            });
        }
        return options;
    }

    private void unique(Map<String, SourcePosition> seen, String value, SourcePosition at, String what) {
        if (value == null) {
            return;
        }
        SourcePosition first = seen.putIfAbsent(value, at);
        if (first != null) {
            problems.add(at, what + " is used twice in this menu (first at line " + first.line()
                + "); expected each once");
        }
    }

    /** One DTMF key; a bare YAML integer 0-9 is read as its digit, {@code 08} or {@code no} are errors. */
    private Optional<String> dtmfKey(org.yaml.snakeyaml.nodes.Node node, String what) {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.STR) || s.getTag().equals(Tag.INT))
                && DTMF.matcher(s.getValue()).matches()) {
            return Optional.of(s.getValue());
        }
        String found = node instanceof ScalarNode s && s.getTag().equals(Tag.STR)
            ? "'" + s.getValue() + "', which is not one key" : Fields.describe(node);
        problems.add(node, what + " is " + found + "; expected one DTMF key: 0-9, \"*\" or \"#\"");
        return Optional.empty();
    }

    private List<BranchArm> branches(Fields f, String context) {
        List<BranchArm> arms = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : f.sequence("branches").orElse(List.of())) {
            Fields.of(problems, context, item, BRANCH_KEYS, BRANCH_KEYS).ifPresent(arm -> {
                Optional<Double> share = arm.number("share", 0, 1);
                String goTo = name(arm, "goto");
                if (share.isPresent() && share.get() == 0) {
                    problems.add(arm.at("share"), arm.field("share") + " is 0; expected a share above 0");
                }
                share.ifPresent(s -> arms.add(new BranchArm(s, goTo, arm.at())));
            });
        }
        double sum = arms.stream().mapToDouble(BranchArm::share).sum();
        if (!arms.isEmpty() && Math.abs(sum - 1) > 1e-9 && arms.size() == f.sequence("branches").orElseThrow().size()) {
            problems.add(f.at("branches"), context + ": branch shares sum to " + round(sum)
                + "; expected them to sum to 1");
        }
        if (f.has("branches") && f.sequence("branches").map(List::isEmpty).orElse(false)) {
            problems.add(f.at("branches"), f.field("branches") + " is empty; expected at least one branch");
        }
        return arms;
    }

    private String name(Fields f, String key) {
        return name(f, key, Reference.Kind.NODE);
    }

    private String name(Fields f, String key, Reference.Kind kind) {
        Optional<String> name = f.text(key);
        name.ifPresent(n -> references.add(new Reference(kind, n, f.at(key), f.field(key), owner)));
        return name.orElse(null);
    }

    private List<String> names(Fields f, String key, Reference.Kind kind) {
        List<String> out = new ArrayList<>();
        for (Fields.Positioned item : f.textList(key).orElse(List.of())) {
            references.add(new Reference(kind, item.text(), item.at(), f.field(key), owner));
            out.add(item.text());
        }
        return out;
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
