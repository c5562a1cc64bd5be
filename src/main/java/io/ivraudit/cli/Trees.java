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
        if (bytes(files) > LARGE_INPUT) {
            System.gc();
        }
        return results.stream().map(r -> r.tree().orElseThrow()).toList();
    }

    /**
     * Input, in bytes, past which the loader's garbage (snakeyaml's node tree, ten times the
     * file) is collected before the command goes on: a full collection then returns the heap the
     * JVM grew while reading, so a 7 MB tree is audited in under 1 GB rather than 1.3 GB, for
     * about a tenth of a second (README, Performance). Smaller inputs skip it.
     */
    static final long LARGE_INPUT = 1L << 20;

    private static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
            } catch (java.io.IOException | SecurityException unreadable) {
                // the loader has already reported an unreadable file
            }
        }
        return total;
    }
}
