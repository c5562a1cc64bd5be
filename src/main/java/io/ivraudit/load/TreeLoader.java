package io.ivraudit.load;

import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads tree files strictly (SPEC section 1). Never throws for bad input: every problem of a
 * file comes back as a {@link LoadError} with its line and column.
 */
public final class TreeLoader {
    private TreeLoader() {}

    /** Loads one tree file. Cost: linear in the file's size. */
    public static LoadResult load(Path path) {
        return fromSource(YamlSource.read(path), path.toString(), defaultId(path));
    }

    /** Loads tree text as if read from {@code file} (tests, stdin, importers). */
    public static LoadResult load(String file, String text) {
        return fromSource(YamlSource.read(file, text), file, defaultId(Path.of(file)));
    }

    /** Loads several files; each result says whether its file loaded. */
    public static List<LoadResult> loadAll(List<Path> paths) {
        return paths.stream().map(TreeLoader::load).toList();
    }

    private static LoadResult fromSource(YamlSource.Read source, String file, String defaultId) {
        if (source.root().isEmpty()) {
            return LoadResult.failed(file, source.errors());
        }
        Problems problems = new Problems(file);
        Optional<TreeReader.Read> read = TreeReader.read(source.root().get(), problems, defaultId);
        read.ifPresent(r -> TreeChecks.check(r, problems));
        if (problems.any()) {
            return LoadResult.failed(file, sorted(problems));
        }
        return LoadResult.of(read.get().tree());
    }

    private static List<LoadError> sorted(Problems problems) {
        return problems.errors().stream()
            .sorted(java.util.Comparator.comparingInt((LoadError e) -> e.at().line())
                .thenComparingInt(e -> e.at().column()))
            .toList();
    }

    /** The file name without {@code .yaml} or {@code .yml}. */
    static String defaultId(Path path) {
        Path name = path.getFileName();
        String base = name == null ? "tree" : name.toString();
        return base.replaceFirst("\\.(ya?ml)$", "");
    }
}
