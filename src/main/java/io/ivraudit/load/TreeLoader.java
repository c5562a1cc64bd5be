package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.nio.file.Files;
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
     * Loads one tree file, or imports an Amazon Connect or Twilio Studio flow export given
     * instead (recognised by its content), so every command takes either. Cost: linear in the
     * file's size.
     */
    public static LoadResult load(Path path) {
        boolean json = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
        YamlSource.Read source = YamlSource.read(path, json ? YamlSource.Kind.EXPORT_OR_TREE : YamlSource.Kind.TREE);
        Optional<FlowImport> imported = Optional.empty();
        if (source.root().map(ConnectImporter::looksLikeFlow).orElse(false)) {
            imported = Optional.of(ConnectImporter.read(path, ConnectImporter.DEFAULT_OPEN_SHARE));
        } else if (source.root().map(StudioImporter::looksLikeFlow).orElse(false)) {
            imported = Optional.of(StudioImporter.read(path));
        } else if (json && source.root().filter(TreeLoader::isNoTree).isPresent()) {
            return LoadResult.failed(path.toString(), List.of(unrecognised(path, source.root().orElseThrow())));
        }
        return imported.map(i -> i.tree().map(LoadResult::of).orElseGet(() -> LoadResult.failed(path.toString(), i.errors())))
            .orElseGet(() -> fromSource(source, path.toString(), defaultId(path)));
    }

    /** A document that has none of a tree's or a variant's own keys, so reading it as a tree would only list them missing. */
    private static boolean isNoTree(org.yaml.snakeyaml.nodes.Node root) {
        return !(root instanceof MappingNode map) || map.getValue().stream()
            .noneMatch(t -> t.getKeyNode() instanceof ScalarNode k && TREE_KEYS.contains(k.getValue()));
    }

    private static LoadError unrecognised(Path path, org.yaml.snakeyaml.nodes.Node root) {
        String found = root instanceof MappingNode map
            ? "a JSON object with keys " + map.getValue().stream().limit(6)
                .map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?").collect(Collectors.joining(", "))
                + (map.getValue().size() > 6 ? ", ..." : "")
            : Fields.describe(root);
        return new LoadError(new SourcePosition(path.toString(), root.getStartMark().getLine() + 1,
            root.getStartMark().getColumn() + 1), "found " + found + ", which is not an Amazon Connect flow (no "
                + "StartAction and Actions), a Twilio Studio flow (no states and initial_state) or a tree (no entry "
                + "and nodes); expected one of those");
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
