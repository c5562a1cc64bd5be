package io.ivraudit.imports;

import io.ivraudit.load.LoadError;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Optional;

/**
 * What importing flows gave: the tree, or the problems that kept the files from being read;
 * and the report of what became of every block and exit, for the user to review.
 */
public record Imported(Optional<Tree> tree, List<LoadError> errors, ImportReport report) {
    public Imported {
        if (tree.isPresent() != errors.isEmpty()) {
            throw new IllegalStateException("an import has a tree exactly when it has no errors");
        }
        errors = List.copyOf(errors);
    }

    /** Files that could not be read as flows. */
    public static Imported failed(List<LoadError> errors) {
        return new Imported(Optional.empty(), errors, new ImportReport(List.of(), 0, 0, List.of(), List.of()));
    }
}
