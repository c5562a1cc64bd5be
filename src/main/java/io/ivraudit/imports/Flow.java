package io.ivraudit.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One contact flow as its platform describes it, parsed but not yet interpreted: its blocks,
 * each with what it does for a caller ({@link Step}) and every way out of it ({@link Exit}).
 * Platform packages only parse into this; {@link Lowering} turns flows into a tree, once for
 * every platform.
 *
 * @param platform the platform's name for reports ("Amazon Connect")
 * @param file     the file it was read from
 * @param name     the flow's name, if the export has one; else the file's name
 * @param entry    the id of the block calls start at
 * @param blocks   the blocks by id, in the order the export lists them
 * @param names    every name, id or ARN another flow may use to transfer a call here
 */
public record Flow(String platform, String file, String name, String entry, Map<String, Block> blocks,
                   Set<String> names) {
    public Flow {
        blocks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(blocks));
        names = Set.copyOf(names);
    }

    /** The blocks that link to another flow, in export order. */
    public List<Block> links() {
        return blocks.values().stream().filter(b -> b.step() instanceof Step.Link).toList();
    }
}
