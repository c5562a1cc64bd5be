package io.ivraudit.load;

import io.ivraudit.model.Tree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Loads tree files strictly (SPEC section 1), and variant files that {@code extends} a tree
 * (SPEC section 4). Never throws for bad input: every problem comes back as a
 * {@link LoadError} with the file, line and column it is in.
 */
public final class TreeLoader {
    /** The longest chain of variants extending variants. */
    static final int MAX_EXTENDS = 8;

    private TreeLoader() {}

    /**
     * Loads one tree file, or imports an Amazon Connect or Twilio Studio flow export given
     * instead (recognised by its content), so every command takes either. Cost: linear in the
     * file's size.
     */
    public static LoadResult load(Path path) {
        YamlSource.Read source = YamlSource.read(path, YamlSource.Kind.TREE);
        Optional<FlowImport> imported = Optional.empty();
        if (source.root().map(ConnectImporter::looksLikeFlow).orElse(false)) {
            imported = Optional.of(ConnectImporter.read(path, ConnectImporter.DEFAULT_OPEN_SHARE));
        } else if (source.root().map(StudioImporter::looksLikeFlow).orElse(false)) {
            imported = Optional.of(StudioImporter.read(path));
        }
        return imported.map(i -> i.tree().map(LoadResult::of).orElseGet(() -> LoadResult.failed(path.toString(), i.errors())))
            .orElseGet(() -> fromSource(source, path.toString(), defaultId(path)));
    }

    /** Loads tree text as if read from {@code file} (tests, stdin, importers). */
    public static LoadResult load(String file, String text) {
        return fromSource(YamlSource.read(file, text, YamlSource.Kind.TREE), file, defaultId(Path.of(file)));
    }

    /** Loads several files; each result says whether its file loaded. */
    public static List<LoadResult> loadAll(List<Path> paths) {
        return paths.stream().map(TreeLoader::load).toList();
    }

    private static LoadResult fromSource(YamlSource.Read source, String file, String defaultId) {
        List<LoadError> errors = new ArrayList<>();
        Optional<TreeReader.Read> read = read(source, file, defaultId, errors, new HashSet<>());
        if (read.isPresent()) {
            Problems problems = new Problems(file);
            TreeChecks.check(read.get(), problems, errors.isEmpty());
            errors.addAll(problems.errors());
        }
        if (read.isEmpty() || !errors.isEmpty()) {
            return LoadResult.failed(file, sorted(errors));
        }
        return LoadResult.of(read.get().tree());
    }

    /** Reads one file, and if it is a variant, its base first (at most {@link #MAX_EXTENDS} deep). */
    private static Optional<TreeReader.Read> read(YamlSource.Read source, String file, String defaultId,
                                                  List<LoadError> errors, Set<Path> chain) {
        if (source.root().isEmpty()) {
            errors.addAll(source.errors());
            return Optional.empty();
        }
        Problems problems = new Problems(file);
        Optional<TreeReader.Read> read = TreeReader.read(source.root().get(), problems, defaultId);
        Fields.Positioned base = read.map(TreeReader.Read::extendsPath).orElse(null);
        if (base != null) {
            Path basePath = Path.of(file).toAbsolutePath().normalize().resolveSibling(base.text()).normalize();
            chain.add(Path.of(file).toAbsolutePath().normalize());
            if (chain.contains(basePath) || chain.size() > MAX_EXTENDS) {
                problems.add(base.at(), "extends '" + base.text() + "' leads back to a file already extended; "
                    + "expected a chain of at most " + MAX_EXTENDS + " variants ending at a tree");
                read = Optional.empty();
            } else if (!Files.isRegularFile(basePath)) {
                problems.add(base.at(), "extends '" + base.text() + "': no such file next to this one; expected the "
                    + "path of the base tree, relative to this file");
                read = Optional.empty();
            } else {
                Path shown = Path.of(file).resolveSibling(base.text()).normalize();
                Optional<TreeReader.Read> baseRead = read(YamlSource.read(basePath, YamlSource.Kind.TREE), shown.toString(),
                    defaultId(basePath), errors, chain);
                TreeReader.Read variant = read.orElseThrow();
                read = baseRead.map(b -> VariantMerge.apply(b, variant, problems));
            }
        }
        errors.addAll(problems.errors());
        return read;
    }

    private static List<LoadError> sorted(List<LoadError> errors) {
        return errors.stream()
            .sorted(java.util.Comparator.comparing((LoadError e) -> e.at().file())
                .thenComparingInt(e -> e.at().line()).thenComparingInt(e -> e.at().column()))
            .toList();
    }

    /** The file name without {@code .yaml}, {@code .yml} or {@code .json}. */
    static String defaultId(Path path) {
        Path name = path.getFileName();
        String base = name == null ? "tree" : name.toString();
        return base.replaceFirst("\\.(ya?ml|json)$", "");
    }
}
