package io.ivraudit.imports;

import io.ivraudit.model.SourcePosition;
import java.util.List;

/**
 * One block of a flow: its id, the platform's type word ({@code GetParticipantInput},
 * {@code gather-input-on-call}), what it does for a caller, and every way out of it, in the
 * order the export lists them. An importer lists every exit the platform has, connected or not,
 * so that the lowering can account for each one.
 */
public record Block(String id, String type, Step step, List<Exit> exits, SourcePosition at) {
    public Block {
        exits = List.copyOf(exits);
    }

    /** The exits of one kind, in order. */
    public List<Exit> exits(Exit.Kind kind) {
        return exits.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The first exit of one kind, if any. */
    public java.util.Optional<Exit> exit(Exit.Kind kind) {
        return exits.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
