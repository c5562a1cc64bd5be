package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.Platform.Parsed;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One Archy flow document ({@code inboundCall:}, {@code inqueueCall:}, {@code commonModule:}) read into a {@link Flow}:
 * the initial greeting, then the menu or task {@code startUpRef} names (an in-queue flow's
 * {@code startUpTaskActions}); every menu and reusable task, reachable or not. Falling off the end
 * of an in-queue flow's actions leaves the caller waiting in the queue the call is in, a person
 * (Archy's in-queue flows run while the call waits; from Archy's documentation, not a file).
 */
final class ArchyFlow {
    /** The block type of the queue an in-queue flow's caller waits in. */
    static final String IN_QUEUE = "inqueueCall (waiting in the queue)";
    /**
     * The flow types read: inbound and in-queue call flows (seen in the files), and common modules,
     * which {@code callCommonModule} runs and which come back when they end (from Archy's
     * documentation, not seen in a file).
     */
    static final List<String> KINDS = List.of("inboundCall", "inqueueCall", "commonModule");

    private ArchyFlow() {}

    /** The flow's kind and body, when the document is an Archy flow. */
    static Optional<Values.Keyed> body(ExportDocument document) {
        if (!(document.root().orElse(null) instanceof MappingNode root)) {
            return Optional.empty();
        }
        JsonView view = JsonView.of(root);
        if (view.has("nodes") || view.has("entry")) {
            return Optional.empty();
        }
        for (String kind : KINDS) {
            Optional<Node> body = view.get(kind).filter(MappingNode.class::isInstance);
            if (body.isPresent()) {
                return Optional.of(new Values.Keyed(kind, body.get()));
            }
        }
        return Optional.empty();
    }

    static Parsed parse(ExportDocument document, String platform) {
        if (!document.errors().isEmpty()) {
            return Parsed.failed(document.errors());
        }
        Optional<Values.Keyed> found = body(document);
        if (found.isEmpty()) {
            Node root = document.root().orElse(null);
            return Parsed.failed(List.of(new LoadError(root == null ? SourcePosition.startOf(document.file())
                : document.position(root), "found " + describe(root) + "; expected a Genesys Architect flow: a mapping "
                + "with inboundCall or inqueueCall holding the flow")));
        }
        String kind = found.get().key();
        Node bodyNode = found.get().value();
        JsonView flow = JsonView.of(bodyNode);
        boolean inQueue = kind.equals("inqueueCall");
        Builder builder = new Builder(document, Variables.of(bodyNode));
        String wait = inQueue ? builder.waitInQueue() : null;
        String entry = build(builder, flow, bodyNode);
        if (inQueue) {
            builder.add(new Block(wait, IN_QUEUE, new Step.Person(null), List.of(), document.position(bodyNode)));
        }
        if (!builder.errors().isEmpty()) {
            return Parsed.failed(builder.errors());
        }
        Optional<String> written = Values.text(flow, "name");
        String stem = stem(document.file());
        String name = written.filter(n -> !n.isBlank() && !n.contains("{{")).orElse(stem);
        Set<String> names = new LinkedHashSet<>(List.of(name, stem));
        written.ifPresent(names::add);
        return new Parsed(List.of(new Flow(platform, document.file(), name, entry, builder.blocks(), names)), List.of(),
            builder.notes());
    }

    /** Reads every menu and task, and gives the block calls start at. */
    private static String build(Builder b, JsonView flow, Node bodyNode) {
        Values.Audio greeting = Values.audio(flow.get("initialGreeting").orElse(null));
        boolean greets = greeting.words() != null || greeting.recording();
        String greetingId = greets ? b.reserve("Initial Greeting") : null;
        List<Item> menus = items(b, flow, "menus", "menu");
        List<Item> tasks = items(b, flow, "tasks", "task");
        List<String> menuIds = new ArrayList<>();
        for (Item menu : menus) {
            String id = b.reserve(Values.text(menu.view(), "name").orElse("menu"));
            b.menu(menu.view(), id);
            menuIds.add(id);
        }
        List<String> taskEntries = new ArrayList<>();
        for (Item task : tasks) {
            List<Node> actions = task.view().list("actions");
            String first = actions.isEmpty() ? null : b.reserve(Actions.nameOf(actions.get(0)));
            b.task(task.view(), Optional.ofNullable(first));
            taskEntries.add(first);
        }
        Actions actions = new Actions(b);
        JsonView speechRec = flow.object("settingsSpeechRec");
        boolean speechOn = Values.text(speechRec, "asrEnabledOnFlow").map(v -> !v.equalsIgnoreCase("false")).orElse(true);
        Menus reader = new Menus(b, actions, Menus.Settings.of(flow.object("settingsMenu")), speechOn);
        for (int i = 0; i < menus.size(); i++) {
            reader.read(menus.get(i).view(), menus.get(i).at(), menuIds.get(i), "menu");
        }
        for (int i = 0; i < tasks.size(); i++) {
            actions.sequence(tasks.get(i).view().list("actions"), b.endOfTask(), Actions.Scope.NONE, taskEntries.get(i));
        }
        String startUp = actions.sequence(flow.list("startUpTaskActions"), b.endOfTask(), Actions.Scope.NONE);
        String start = start(b, flow, bodyNode, startUp, menuIds);
        actions.finish();
        reader.finish();
        if (greetingId == null) {
            return start;
        }
        b.add(new Block(greetingId, "initialGreeting", new Step.Play(greeting.words(), greeting.recording()),
            List.of(Exit.to(Exit.Kind.NEXT, "startUpRef", start, b.at(flow.get("initialGreeting").orElseThrow()))),
            b.at(flow.get("initialGreeting").orElseThrow())));
        return greetingId;
    }

    /** A menu or task of the flow, unwrapped from its {@code - menu:} or {@code - task:}. */
    private record Item(JsonView view, Node at) {}

    private static List<Item> items(Builder b, JsonView flow, String list, String key) {
        List<Item> out = new ArrayList<>();
        if (flow.get(list).isPresent() && flow.list(list).isEmpty() && !(flow.get(list).get() instanceof ScalarNode)) {
            b.error(flow.get(list).get(), "found " + describe(flow.get(list).get()) + " under " + list
                + "; expected a list of " + key + "s");
        }
        for (Node item : flow.list(list)) {
            JsonView wrapped = JsonView.of(item);
            if (wrapped.object(key).present()) {
                out.add(new Item(wrapped.object(key), item));
            } else {
                b.error(item, "found " + describe(item) + " in " + list + "; expected '- " + key + ":' with its settings");
            }
        }
        return out;
    }

    /** The block {@code startUpRef} names; else the start-up actions; else the first menu. */
    private static String start(Builder b, JsonView flow, Node bodyNode, String startUp, List<String> menuIds) {
        Optional<String> path = Values.text(flow, "startUpRef");
        if (path.isPresent()) {
            String kind = Builder.refKind(path.get()).orElse("");
            Optional<String> menu = kind.equals("task") ? Optional.empty() : b.menuAt(path.get());
            Optional<Optional<String>> task = kind.equals("menu") ? Optional.empty() : b.taskAt(path.get());
            if (menu.isPresent()) {
                return menu.get();
            }
            if (task.isPresent()) {
                return task.get().orElseGet(() -> endOfFlow(b, bodyNode));
            }
            b.error(flow.get("startUpRef").orElseThrow(), "startUpRef '" + path.get() + "' names no menu or task of the "
                + "flow; expected a path such as /inboundCall/menus/menu[refId] naming one of its menus or tasks");
            return endOfFlow(b, bodyNode);
        }
        if (startUp != null) {
            return startUp;
        }
        if (!menuIds.isEmpty()) {
            return menuIds.get(0);
        }
        if (b.endOfTask() != null) {
            return b.endOfTask();
        }
        b.error(bodyNode, "the flow has no startUpRef, startUpTaskActions or menu; expected a flow calls can start in");
        return endOfFlow(b, bodyNode);
    }

    /** A start-up task with no action: the flow ends at once. */
    private static String endOfFlow(Builder b, Node at) {
        String id = b.reserve("end of flow");
        b.add(new Block(id, "startUpRef", new Step.Hangup(null), List.of(), b.at(at)));
        return id;
    }

    private static String stem(String file) {
        Path name = Path.of(file).getFileName();
        return (name == null ? file : name.toString()).replaceFirst("\\.(ya?ml|json)$", "");
    }

    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode map) {
            List<String> keys = Values.keys(JsonView.of(map));
            return keys.isEmpty() ? "an empty mapping" : "a mapping with keys " + String.join(", ", keys.stream().limit(6).toList())
                + (keys.size() > 6 ? ", ..." : "");
        }
        return node instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a list";
    }
}
