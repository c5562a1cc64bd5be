package io.ivraudit.imports;

import io.ivraudit.load.Bases;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.text.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What every command reads: a tree file; a platform's export, recognised by its content and
 * imported; or a folder (or several files) of one contact centre's exports, imported together
 * so that transfers between flows are followed. Never throws for bad input. Cost: linear in the
 * files' size.
 */
public final class Inputs {
    /** The file name endings of the exports a folder's listing takes. */
    private static final List<String> EXPORTS = List.of(".json", ".yaml", ".yml", ".xml", ".vxml", ".conf");

    /** The most export files a folder may hold for one import. */
    static final int MAX_FILES = 500;

    private Inputs() {}

    /** The tree of one path: a tree file, an export, or a folder of exports. */
    public static LoadResult load(Path path, Bases bases, ImportOptions options) {
        if (Files.isDirectory(path)) {
            return asResult(path.toString(), importAll(List.of(path), Optional.empty(), options));
        }
        ExportDocument document = ExportDocument.readInput(path);
        if (document.isText() && !document.errors().isEmpty()) {
            return LoadResult.failed(path.toString(), document.errors());
        }
        Optional<Platform> platform = Platforms.of(document);
        if (platform.isPresent()) {
            return asResult(path.toString(), lower(List.of(document), List.of(platform.get()), options));
        }
        if (document.isText() || document.isJson() && document.root().filter(TreeLoader::isNoTree).isPresent()) {
            return LoadResult.failed(path.toString(), List.of(unrecognised(document)));
        }
        return TreeLoader.load(document, bases);
    }

    /**
     * The trees of several paths, each on its own, in order; each result says whether it loaded.
     * Several files are read on all cores, so a batch (an estate of trees) is one process.
     */
    public static List<LoadResult> loadAll(List<Path> paths, Bases bases, ImportOptions options) {
        return (paths.size() > 1 ? paths.parallelStream() : paths.stream()).map(path -> load(path, bases, options)).toList();
    }

    /**
     * One contact centre's flows as one tree: every export in the files and folders given (a
     * folder's {@code .json} files, not its sub-folders), from {@code from} or recognised by
     * content, linked where they transfer calls to each other.
     */
    public static Imported importAll(List<Path> paths, Optional<Platform> from, ImportOptions options) {
        List<LoadError> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path, errors));
        }
        if (!errors.isEmpty()) {
            return Imported.failed(errors);
        }
        List<ExportDocument> documents = new ArrayList<>();
        List<Platform> platforms = new ArrayList<>();
        for (Path file : files) {
            ExportDocument document = ExportDocument.read(file);
            Optional<Platform> platform = from.or(() -> Platforms.of(document));
            if (!document.errors().isEmpty()) {
                errors.addAll(document.errors());
            } else if (platform.isEmpty()) {
                errors.add(unrecognised(document));
            } else {
                documents.add(document);
                platforms.add(platform.get());
            }
        }
        return errors.isEmpty() ? lower(documents, platforms, options) : Imported.failed(errors);
    }

    private static Imported lower(List<ExportDocument> documents, List<Platform> platforms, ImportOptions options) {
        List<Flow> flows = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        List<LoadError> notes = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Platform.Parsed parsed = platforms.get(i).parse(documents.get(i));
            flows.addAll(parsed.flows());
            errors.addAll(parsed.errors());
            notes.addAll(parsed.notes());
        }
        if (!errors.isEmpty()) {
            return Imported.failed(errors);
        }
        if (flows.isEmpty()) {
            return Imported.failed(List.of(new LoadError(SourcePosition.startOf(documents.get(0).file()),
                "no flow in the file; expected a contact flow")));
        }
        ImportOptions withEntry = options.entryFlow() != null ? options
            : platforms.get(0).defaultEntry(flows).map(options::withEntryFlow).orElse(options);
        return FlowImporter.lowerOnDeepStack(flows, withEntry, notes);
    }

    private static List<Path> expand(Path path, List<LoadError> errors) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        if (Bases.linkedOutside(path).isPresent()) {
            errors.add(new LoadError(SourcePosition.startOf(path.toString()), "is a symbolic link to a folder outside the "
                + "repository; expected a folder of flow exports inside it"));
            return List.of();
        }
        try (Stream<Path> listed = Files.list(path)) {
            List<Path> exports = listed.filter(p -> EXPORTS.stream().anyMatch(p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().limit(MAX_FILES + 1L).toList();
            if (exports.isEmpty()) {
                errors.add(new LoadError(SourcePosition.startOf(path.toString()), "is a folder with no export file ("
                    + String.join(", ", EXPORTS) + "); expected a folder of flow exports"));
            } else if (exports.size() > MAX_FILES) {
                errors.add(new LoadError(SourcePosition.startOf(path.toString()), "holds more than " + MAX_FILES
                    + " export files; expected one contact centre's flows"));
            }
            return exports;
        } catch (IOException e) {
            errors.add(new LoadError(SourcePosition.startOf(path.toString()), "cannot be listed (" + e.getMessage()
                + "); expected a readable folder of flow exports"));
            return List.of();
        }
    }

    /**
     * The imported tree as a loaded one; an import that is a stub of its flows is refused here
     * (only {@code import} writes one, with its warning), because auditing it would report
     * findings about the stub, not about the flows.
     */
    private static LoadResult asResult(String file, Imported imported) {
        if (imported.tree().isEmpty()) {
            return LoadResult.failed(file, imported.errors());
        }
        ImportReport report = imported.report();
        if (report.isStub(imported.tree().get())) {
            return LoadResult.failed(file, List.of(new LoadError(SourcePosition.startOf(file), "the flows import as a stub: "
                + report.blocksReachable() + " of " + Words.count(report.blocksRead(), "block") + " reachable from the entry, "
                + Words.count(imported.tree().get().nodes().size(), "node") + "; expected flows whose calls can be followed (run "
                + "ivr-audit import on it to see what was cut and why)")));
        }
        return LoadResult.of(imported.tree().get());
    }

    private static LoadError unrecognised(ExportDocument document) {
        if (document.root().isEmpty()) {
            return new LoadError(SourcePosition.startOf(document.file()), "found text that is none of "
                + String.join(", ", Platforms.all().stream().map(Platform::title).toList())
                + "; expected an export of one of them");
        }
        org.yaml.snakeyaml.nodes.Node root = document.root().orElseThrow();
        String found = root instanceof MappingNode map
            ? "a JSON object with keys " + map.getValue().stream().limit(6)
                .map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?").collect(Collectors.joining(", "))
                + (map.getValue().size() > 6 ? ", ..." : "")
            : root instanceof ScalarNode ? "text" : "a list";
        return new LoadError(document.position(root), "found " + found + ", which is neither an export of "
            + String.join(" or ", Platforms.all().stream().map(Platform::title).toList())
            + " nor a tree (no entry and nodes); expected one of those");
    }
}
