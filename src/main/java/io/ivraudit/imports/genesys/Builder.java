package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.JsonView;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What one Archy flow is being parsed into: its blocks by id (each id reserved first, so that an
 * action can name the one after it, and a jump a menu or task not yet read), the flow's menus
 * and reusable tasks by {@code refId}, which menus lead to which ({@code previousMenu}), and the
 * problems found, each at its line and column.
 */
final class Builder {
    private static final Pattern REF = Pattern.compile("(\\w+)\\[(.*)]\\s*$");

    final ExportDocument document;
    final Variables variables;
    private String endOfTask;
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private final List<LoadError> errors = new ArrayList<>();
    private final List<LoadError> notes = new ArrayList<>();
    private final Map<String, String> menus = new HashMap<>();
    private final Map<String, Optional<String>> tasks = new HashMap<>();
    private final Map<String, List<Node>> taskActions = new HashMap<>();
    private final Map<String, Set<String>> previousMenus = new LinkedHashMap<>();

    Builder(ExportDocument document, Variables variables) {
        this.document = document;
        this.variables = variables;
    }

    /**
     * Where a call goes when it falls off the end of a task: {@code null}, connected to nothing
     * (the flow ends and Genesys disconnects the call), or in an in-queue flow the queue it waits in.
     */
    String endOfTask() {
        return endOfTask;
    }

    /** Makes this an in-queue flow's: falling off the end of a task leaves the caller waiting in the queue. */
    String waitInQueue() {
        endOfTask = reserve("waiting in queue");
        return endOfTask;
    }

    /** A new block id from the name a person gave the action or menu: "Transfer to ACD", then "Transfer to ACD 2". */
    String reserve(String name) {
        String wanted = name == null || name.isBlank() ? "action" : name.strip();
        String id = wanted;
        for (int i = 2; blocks.containsKey(id); i++) {
            id = wanted + " " + i;
        }
        blocks.put(id, null);
        return id;
    }

    void add(Block block) {
        if (!blocks.containsKey(block.id()) || blocks.get(block.id()) != null) {
            throw new IllegalStateException("block '" + block.id() + "' was not reserved, or is built twice");
        }
        blocks.put(block.id(), block);
    }

    /** The blocks, in the order their ids were reserved; every reserved id must have been built. */
    Map<String, Block> blocks() {
        blocks.forEach((id, block) -> {
            if (block == null) {
                throw new IllegalStateException("block '" + id + "' was reserved but never built");
            }
        });
        return blocks;
    }

    SourcePosition at(Node node) {
        return document.position(node);
    }

    void error(Node node, String message) {
        errors.add(new LoadError(node == null ? SourcePosition.startOf(document.file()) : at(node), message));
    }

    /** Notes what the import leaves out, at its place in the file, for the report. */
    void note(SourcePosition at, String message) {
        notes.add(new LoadError(at, message));
    }

    List<LoadError> notes() {
        return notes;
    }

    /** The problems found, in the order they stand in the file. */
    List<LoadError> errors() {
        return errors.stream().sorted(java.util.Comparator.comparingInt((LoadError e) -> e.at().line())
            .thenComparingInt(e -> e.at().column())).toList();
    }

    /** Records a menu's block under its refId and its name (jumps name the refId; a name is the fallback). */
    void menu(JsonView menu, String blockId) {
        Values.text(menu, "refId").ifPresent(ref -> menus.putIfAbsent(ref, blockId));
        Values.text(menu, "name").ifPresent(name -> menus.putIfAbsent(name, blockId));
    }

    /** Records a reusable task: its actions and the id of the block a call enters it at (none for a task with no action). */
    void task(JsonView task, Optional<String> entry) {
        for (String key : List.of("refId", "name")) {
            Values.text(task, key).ifPresent(ref -> {
                tasks.putIfAbsent(ref, entry);
                taskActions.putIfAbsent(ref, task.list("actions"));
            });
        }
    }

    /** The block of the menu a path names ({@code /inboundCall/menus/menu[Main Menu_10]}), if the flow has it. */
    Optional<String> menuAt(String path) {
        return refId(path).map(menus::get);
    }

    /**
     * The entry of the task a path names: present when the flow has the task; its value empty for
     * a task with no action, where a call falls off the end at once.
     */
    Optional<Optional<String>> taskAt(String path) {
        return refId(path).map(tasks::get);
    }

    /** The actions of the task a path names. */
    List<Node> taskActions(String path) {
        return refId(path).map(taskActions::get).orElse(List.of());
    }

    /** The refId in a path: {@code menu[Main Menu_10]} gives {@code Main Menu_10}; a bare name is itself. */
    static Optional<String> refId(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Matcher ref = REF.matcher(path.strip());
        return Optional.of(ref.find() ? ref.group(2) : path.strip());
    }

    /** The kind of thing a path names: {@code menu}, {@code task}, {@code menuJumpToTask}; empty for a bare name. */
    static Optional<String> refKind(String path) {
        Matcher ref = REF.matcher(path == null ? "" : path.strip());
        return ref.find() ? Optional.of(ref.group(1)) : Optional.empty();
    }

    /** Notes that a choice (or a jump in a choice's task) of menu {@code from} leads to menu {@code to}. */
    void leadsTo(String from, String to) {
        if (from != null && to != null && !from.equals(to)) {
            previousMenus.computeIfAbsent(to, m -> new LinkedHashSet<>()).add(from);
        }
    }

    /** The menus whose choices lead straight to {@code menu}, in the order read. */
    List<String> menusBefore(String menu) {
        return List.copyOf(previousMenus.getOrDefault(menu, Set.of()));
    }

    /** Every menu block of the flow. */
    List<String> menuBlocks() {
        return List.copyOf(new LinkedHashSet<>(menus.values()));
    }
}
