package io.ivraudit.load;

import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Optional;

/**
 * What importing a contact-flow export gave: the tree, or the problems with the file; and for
 * the user to review, how many blocks were read, what was mapped loosely and why, and the
 * intents the importer proposed (a flow carries none).
 */
public record FlowImport(Optional<Tree> tree, List<LoadError> errors, int blocksRead, List<String> notes,
                         List<String> proposedIntents) {
    public FlowImport {
        if (tree.isPresent() != errors.isEmpty()) {
            throw new IllegalStateException("an import has a tree exactly when it has no errors");
        }
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        proposedIntents = List.copyOf(proposedIntents);
    }

    static FlowImport failed(List<LoadError> errors) {
        return new FlowImport(Optional.empty(), errors, 0, List.of(), List.of());
    }
}
