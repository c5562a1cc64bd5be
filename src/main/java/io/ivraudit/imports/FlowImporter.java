package io.ivraudit.imports;

import io.ivraudit.load.LoadError;
import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Costs;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one way parsed flows become a tree, for every platform: pick the entry flow, lower it
 * and every flow it transfers to ({@link Lowering}), propose intents, end loops no caller could
 * leave, and check the result by loading it like any tree file. O(blocks + exits).
 */
public final class FlowImporter {
    private FlowImporter() {}

    /** The tree of one contact centre's flows, with the report of what became of every block and exit. */
    public static Imported lower(List<Flow> flows, ImportOptions options) {
        return lower(flows, options, List.of());
    }

    /**
     * The same, with the parsers' notes on what their platform skips (listed in the report as
     * cut, under their file, at their line and column).
     */
    public static Imported lower(List<Flow> flows, ImportOptions options, List<LoadError> notes) {
        Optional<Flow> entryFlow = entryFlow(flows, options.entryFlow());
        if (entryFlow.isEmpty()) {
            return Imported.failed(List.of(new LoadError(SourcePosition.startOf(flows.get(0).file()),
                "--entry '" + options.entryFlow() + "' names none of the flows given; expected one of "
                    + String.join(", ", flows.stream().map(Flow::name).toList()))));
        }
        Flow first = entryFlow.get();
        Lowering lowering = new Lowering(flows, options);
        String entry = lowering.resolve(first, first.entry(), new LinkedHashSet<>());
        Proposals.Proposal proposal = Proposals.propose(lowering.nodes, entry, lowering.dropped());
        Tree tree = new Tree(NodeIds.slug(first.name()).isEmpty() ? "flow" : NodeIds.slug(first.name()), first.name(),
            entry, CallerParams.NONE, Costs.NONE, proposal.intents(), lowering.addresses, proposal.nodes(),
            SourcePosition.startOf(first.file()));
        List<ImportReport.Line> lines = new ArrayList<>(lowering.lines);
        for (LoadError note : notes) {
            lines.add(new ImportReport.Line(note.at().file(), "line " + note.at().line() + ":" + note.at().column(), "the file", "",
                ImportReport.Fate.CUT, note.message()));
        }
        Tree safe = KeylessLoops.broken(tree, first, lines);
        int read = (int) flows.stream().flatMap(f -> f.blocks().values().stream().map(b -> b.at().file() + "\u0000" + b.id()))
            .distinct().count();
        ImportReport report = new ImportReport(flows.stream().map(Flow::name).toList(), read,
            lowering.reached().size(), lines, List.copyOf(safe.intents().keySet()));
        long size = safe.nodes().size() + safe.menus().stream().mapToLong(m -> m.options().size()).sum();
        String yaml = size > MOST_NODES_AND_OPTIONS ? "" : TreeWriter.write(safe);
        if (size > MOST_NODES_AND_OPTIONS || yaml.length() > io.ivraudit.load.InputFile.MAX_BYTES) {
            return Imported.failed(List.of(new LoadError(SourcePosition.startOf(first.file()), "the flows expand to "
                + size + " nodes and options, more than ivr-audit imports (" + MOST_NODES_AND_OPTIONS + ", and a tree file "
                + "of 16 MB); expected one contact centre's flows")));
        }
        LoadResult loaded = TreeLoader.load(first.file() + " (imported)", yaml);
        if (!loaded.ok()) {
            return Imported.failed(loaded.errors());
        }
        return new Imported(Optional.of(safe), List.of(), report);
    }

    /** The most nodes and options an imported tree may have: far above a real contact centre, below what a hostile file could expand to. */
    static final long MOST_NODES_AND_OPTIONS = 200_000;

    /** The stack the lowering runs on: it follows chains of blocks by recursion, one frame group a block. */
    static final long LOWERING_STACK = 256L << 20;

    /**
     * {@link #lower}, on a thread of its own with a deep stack, so that a long chain of blocks
     * without a menu (a hostile export, or thousands of data splits) lowers; a chain deeper still
     * is one clear error, never a crash.
     */
    public static Imported lowerOnDeepStack(List<Flow> flows, ImportOptions options, List<LoadError> notes) {
        Imported[] result = new Imported[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = lower(flows, options, notes);
            } catch (StackOverflowError tooDeep) {
                result[0] = Imported.failed(List.of(new LoadError(SourcePosition.startOf(flows.get(0).file()),
                    "the flows chain blocks deeper than ivr-audit can follow; expected flows whose blocks lead to a menu, "
                        + "a person or a hang-up within some hundred thousand steps")));
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "lowering", LOWERING_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while lowering flows", e);
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        return result[0];
    }

    /** The flow named by {@code --entry}; else the first one no other flow transfers calls to. */
    private static Optional<Flow> entryFlow(List<Flow> flows, String wanted) {
        if (wanted != null) {
            return flows.stream().filter(f -> f.name().equals(wanted) || f.names().contains(wanted)).findFirst();
        }
        Set<String> linked = new HashSet<>();
        for (Flow flow : flows) {
            for (Block link : flow.links()) {
                String target = ((Step.Link) link.step()).flow();
                linked.add(target);
                linked.add(target.substring(0, Math.max(0, target.lastIndexOf('#'))));
            }
        }
        return flows.stream().filter(f -> f.names().stream().noneMatch(linked::contains)).findFirst()
            .or(() -> Optional.of(flows.get(0)));
    }
}
