package io.ivraudit.imports;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;

/**
 * What an import did with every block and every exit of the flows it read, so that nothing is
 * dropped silently: each exit of each block a call can reach is either an edge of the tree
 * ({@link Fate#MAPPED}) or a line saying what was done instead and why.
 *
 * @param flows           the flows read, by name
 * @param blocksRead      blocks in the files
 * @param blocksReachable blocks a call from the entry can reach
 * @param lines           one line per exit of every reachable block, and one per block-level note
 * @param proposedIntents the intents the import proposed (a flow carries none), to review
 */
public record ImportReport(List<String> flows, int blocksRead, int blocksReachable, List<Line> lines,
                           List<String> proposedIntents) {
    public ImportReport {
        flows = List.copyOf(flows);
        lines = List.copyOf(lines);
        proposedIntents = List.copyOf(proposedIntents);
    }

    /** What became of one exit (or one block, where {@code exit} is empty). */
    public enum Fate {
        /** An edge of the tree, as the platform means it. */
        MAPPED,
        /** A block with no meaning for callers, passed through to where it leads. */
        FOLLOWED,
        /** Mapped by a guess the user should review (shares, a queue's name, an entry's success). */
        GUESSED,
        /** Not in the tree: the report says why. */
        CUT
    }

    /**
     * One line of the report.
     *
     * @param flow   the flow's name
     * @param block  the block's id
     * @param type   the platform's type word for the block
     * @param exit   the exit as {@link Exit#describe()} names it, or "" for the block itself
     * @param fate   what became of it
     * @param detail what was done and why, in words
     */
    public record Line(String flow, String block, String type, String exit, Fate fate, String detail) {}

    /**
     * Whether the import kept so little of its flows that an audit of {@code tree} would mislead:
     * flows of several blocks that became nothing but hang-ups and splits (no words, menu, person
     * or handoff), or of which less than a fifth is reachable from the entry.
     */
    public boolean isStub(Tree tree) {
        boolean hollow = tree.nodes().values().stream().allMatch(n -> n instanceof Node.Hangup || n instanceof Node.Branch);
        return blocksRead >= 5 && (hollow || blocksReachable * 5 < blocksRead);
    }

    /** The lines with this fate. */
    public List<Line> lines(Fate fate) {
        return lines.stream().filter(l -> l.fate() == fate).toList();
    }
}
