package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads tree files strictly (SPEC section 1), and variant files that {@code extends} a tree
 * (SPEC section 4). Never throws for bad input: every problem comes back as a
 * {@link LoadError} with the file, line and column it is in.
 */
public final class TreeLoader {
    /** Keys only a tree or a variant has at its top. */
    private static final Set<String> TREE_KEYS = Set.of("entry", "nodes", "intents", "extends");
    /** The longest chain of variants extending variants. */
    static final int MAX_EXTENDS = 8;

    private TreeLoader() {}

    /**
     * Loads one tree file. A variant's base must be inside the working directory's repository
     * ({@link Bases#workingRepository()}). Cost: linear in the file's size.
     */
    public static LoadResult load(Path path) {
        return load(path, Bases.workingRepository());
    }

    /** Loads one tree file, as {@link #load(Path)}, reading variant bases only where {@code bases} allows. */
    public static LoadResult load(Path path, Bases bases) {
        return load(ExportDocument.readInput(path), bases);
    }

    /** Loads a tree from a document already read (a file that turned out to be no platform's export). */
    public static LoadResult load(ExportDocument document, Bases bases) {
        YamlSource.Read source = new YamlSource.Read(document.root(), document.text(), document.errors());
        return fromSource(source, document.file(), defaultId(Path.of(document.file())), bases);
    }

    /** A document that has none of a tree's or a variant's own keys, so reading it as a tree would only list them missing. */
    public static boolean isNoTree(org.yaml.snakeyaml.nodes.Node root) {
        return !(root instanceof MappingNode map) || map.getValue().stream()
            .noneMatch(t -> t.getKeyNode() instanceof ScalarNode k && TREE_KEYS.contains(k.getValue()));
    }

    /** Loads tree text as if read from {@code file} (tests, stdin, importers); a base as in {@link #load(Path)}. */
    public static LoadResult load(String file, String text) {
        return fromSource(YamlSource.read(file, text, YamlSource.Kind.TREE), file, defaultId(Path.of(file)),
            Bases.workingRepository());
    }

    private static LoadResult fromSource(YamlSource.Read source, String file, String defaultId, Bases bases) {
        List<LoadError> errors = new ArrayList<>();
        Optional<TreeReader.Read> read = read(source, file, defaultId, bases, errors, new HashSet<>());
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
    private static Optional<TreeReader.Read> read(YamlSource.Read source, String file, String defaultId, Bases bases,
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
            } else {
                String shown = Path.of(file).resolveSibling(base.text()).normalize().toString();
                Optional<TreeReader.Read> baseRead = BaseFile.open(basePath, shown, base, bases, problems)
                    .flatMap(baseSource -> read(baseSource, shown, defaultId(basePath), bases, errors, chain));
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
