package io.ivraudit.load;

import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Optional;

/**
 * What loading one file gave: the tree when the file is valid, else every problem found in it.
 */
public record LoadResult(String file, Optional<Tree> tree, List<LoadError> errors) {
    public LoadResult {
        errors = List.copyOf(errors);
        if (tree.isPresent() != errors.isEmpty()) {
            throw new IllegalStateException("a load result has a tree exactly when it has no errors");
        }
    }

    public static LoadResult of(Tree tree) {
        return new LoadResult(tree.file(), Optional.of(tree), List.of());
    }

    public static LoadResult failed(String file, List<LoadError> errors) {
        return new LoadResult(file, Optional.empty(), errors);
    }

    /** Whether the file loaded without a problem. */
    public boolean ok() {
        return tree.isPresent();
    }
}
