package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A platform's export read as safely as a tree file (regular files only, bounded size): JSON or
 * YAML (Genesys Archy) into snakeyaml's node tree with positions (bounded nesting and aliases,
 * no object-building tags); XML and Asterisk dial plans ({@link #TEXT_EXTENSIONS}) as text only,
 * for their platforms to parse.
 *
 * @param file   the file, as named in messages
 * @param root   the document's root node, when it could be read; always empty for a text export
 * @param text   the document's text
 * @param errors what kept it from being read, each at its line and column
 */
public record ExportDocument(String file, Optional<Node> root, String text, List<LoadError> errors) {
    public ExportDocument {
        errors = List.copyOf(errors);
    }

    /** The file name endings of exports read as text, not as JSON or YAML. */
    public static final List<String> TEXT_EXTENSIONS = List.of(".xml", ".vxml", ".conf");

    /** Reads an export file. Cost: linear in its size. */
    public static ExportDocument read(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(java.util.Locale.ROOT);
        YamlSource.Kind kind = name.endsWith(".yaml") || name.endsWith(".yml") ? YamlSource.Kind.YAML_FLOW : YamlSource.Kind.FLOW;
        YamlSource.Read read = isText(path) ? YamlSource.readText(path) : YamlSource.read(path, kind);
        return new ExportDocument(path.toString(), read.root(), read.text(), read.errors());
    }

    /**
     * Reads a file a command was given, which may be a tree or a platform's export: a
     * {@code .json} file's messages say both are expected, any other's that a tree is.
     */
    public static ExportDocument readInput(Path path) {
        if (isText(path)) {
            return read(path);
        }
        boolean json = String.valueOf(path.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        YamlSource.Read read = YamlSource.read(path, json ? YamlSource.Kind.EXPORT_OR_TREE : YamlSource.Kind.TREE);
        return new ExportDocument(path.toString(), read.root(), read.text(), read.errors());
    }

    /**
     * Whether a path names an export read as text ({@code .xml}, {@code .vxml}, {@code .conf}),
     * also as shipped for copying ({@code extensions.conf.sample}, {@code .dist}, {@code .example}).
     */
    public static boolean isText(Path path) {
        return textName(String.valueOf(path.getFileName()));
    }

    /** Whether this document was read as text (XML, a dial plan), so that its platform parses {@link #text()}. */
    public boolean isText() {
        return textName(file);
    }

    private static boolean textName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.(sample|dist|example|orig)$", "");
        return TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** Whether this is a {@code .json} file, which may be an export or a tree written as JSON. */
    public boolean isJson() {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /** Reads export text held inside another file (Connect's {@code Content} string), named {@code file} in messages. */
    public static ExportDocument read(String file, String text) {
        YamlSource.Read read = YamlSource.read(file, text, YamlSource.Kind.FLOW);
        return new ExportDocument(file, read.root(), read.text(), read.errors());
    }

    /** Where a node of this document starts: line and column, 1-based. */
    public SourcePosition position(Node node) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }
}
