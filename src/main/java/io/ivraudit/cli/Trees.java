package io.ivraudit.cli;

import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Inputs;
import io.ivraudit.load.LoadError;
import io.ivraudit.load.LoadResult;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;

/** Loading tree files for commands that need them all valid. */
final class Trees {
    private Trees() {}

    /** Every file's tree, bases read where {@code input} allows, or {@link BadInput} with every error of every file. */
    static List<Tree> loadOrFail(List<Path> files, InputOptions input) {
        List<LoadResult> results = Inputs.loadAll(files, input.bases(), ImportOptions.DEFAULTS);
        List<String> errors = results.stream().flatMap(r -> r.errors().stream()).map(LoadError::toString).toList();
        if (!errors.isEmpty()) {
            throw new BadInput(errors);
        }
        return results.stream().map(r -> r.tree().orElseThrow()).toList();
    }
}
