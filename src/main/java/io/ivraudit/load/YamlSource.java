package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML document safely into snakeyaml's node tree, keeping positions. Files are read
 * through {@link InputFile} (regular files only, bounded in size); nothing is constructed from
 * tags; nesting, aliases and code points are bounded; every failure (missing file, a named pipe,
 * bad UTF-8, a tab, several documents, ...) becomes a {@link LoadError}.
 */
final class YamlSource {
    static final int MAX_NESTING = 40;
    static final int MAX_ALIASES = 20;

    /** What a file is meant to hold, for messages: a tree, an audit config, a flow export, or either of the first and last. */
    enum Kind {
        TREE("a tree file (.yaml)", "a phone tree (a mapping with 'entry' and 'nodes')", "YAML"),
        CONFIG("an audit config file (.ivr-audit.yaml)", "an audit config (a mapping of thresholds, fail_on, rules, suppress)", "YAML"),
        FLOW("a contact-flow export (.json)", "a flow export (a JSON object)", "JSON"),
        YAML_FLOW("a contact-flow export (.yaml)", "a flow export (a YAML mapping, such as Genesys Archy's)", "YAML"),
        EXPORT_OR_TREE("a flow export or a tree (.json)",
            "a contact-flow export (Amazon Connect, Twilio Studio) or a phone tree (a JSON object)", "JSON"),
        TEXT_EXPORT("a flow export (.xml, .vxml, .conf)",
            "a VoiceXML document, FreeSWITCH IVR menus or an Asterisk dial plan", "text");

        final String file;
        final String content;
        final String format;

        Kind(String file, String content, String format) {
            this.file = file;
            this.content = content;
            this.format = format;
        }
    }

    private final String file;
    private final Kind kind;
    private final List<LoadError> errors = new ArrayList<>();
    private String text = "";

    private YamlSource(String file, Kind kind) {
        this.file = file;
        this.kind = kind;
    }

    /** The document's root node, or the errors that kept it from being read. */
    record Read(Optional<Node> root, String text, List<LoadError> errors) {}

    static Read read(Path path, Kind kind) {
        YamlSource source = new YamlSource(path.toString(), kind);
        Optional<Node> root = source.readBytes(path).flatMap(source::decode).flatMap(source::compose);
        return new Read(root, source.text, source.errors);
    }

    /** Reads a text file (XML, an Asterisk dial plan) as bounded UTF-8 text, without parsing it as YAML. */
    static Read readText(Path path) {
        YamlSource source = new YamlSource(path.toString(), Kind.TEXT_EXPORT);
        Optional<String> text = source.readBytes(path).flatMap(source::decode);
        return new Read(Optional.empty(), text.orElse(""), source.errors);
    }

    /** Reads bytes already read from a file, named {@code file} in messages. */
    static Read read(String file, byte[] bytes, Kind kind) {
        YamlSource source = new YamlSource(file, kind);
        Optional<Node> root = source.decode(bytes).flatMap(source::compose);
        return new Read(root, source.text, source.errors);
    }

    static Read read(String file, String text, Kind kind) {
        YamlSource source = new YamlSource(file, kind);
        source.text = text;
        return new Read(source.compose(text), text, source.errors);
    }

    private Optional<byte[]> readBytes(Path path) {
        InputFile.Contents contents = InputFile.read(path);
        if (contents instanceof InputFile.Refused refused) {
            return fail(refused.message(kind.file));
        }
        return Optional.of(((InputFile.Bytes) contents).bytes());
    }

    private Optional<String> decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            errors.add(new LoadError(positionOf(before, before.length()),
                "byte 0x%02X is not valid UTF-8; expected a file saved as UTF-8"
                    .formatted(bytes[bad] & 0xff)));
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT);
        int lo = start;
        int hi = bytes.length;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, start, mid - start));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        while (lo > start && (bytes[lo] & 0xC0) == 0x80) {
            lo--;
        }
        return lo;
    }

    /**
     * The one document of the text. An export that fails to compose and holds template
     * placeholders ({@code {{name}}}, not valid YAML until filled in) is read again with them
     * masked ({@link Placeholders}), lines and columns unchanged; if that fails too, the first
     * error stands. A tree stays strict: a tree (or a config) with them keeps its YAML error.
     */
    private Optional<Node> compose(String yamlText) {
        List<LoadError> found = new ArrayList<>();
        Optional<Node> root = composeOnce(yamlText, found);
        if (root.isEmpty() && !found.isEmpty() && kind != Kind.CONFIG) {
            Optional<Node> filled = Placeholders.mask(yamlText)
                .flatMap(masked -> composeOnce(masked, new ArrayList<>()))
                .map(Placeholders::restore)
                .filter(node -> kind == Kind.FLOW || kind == Kind.YAML_FLOW || TreeLoader.isNoTree(node));
            if (filled.isPresent()) {
                return filled;
            }
        }
        errors.addAll(found);
        return root;
    }

    private Optional<Node> composeOnce(String yamlText, List<LoadError> found) {
        try {
            Iterator<Node> documents = new Yaml(safeOptions(MAX_NESTING))
                .composeAll(new StringReader(yamlText)).iterator();
            if (!documents.hasNext()) {
                found.add(new LoadError(SourcePosition.startOf(file), "the file has no YAML content; expected " + kind.content));
                return Optional.empty();
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                found.add(new LoadError(position(second.getStartMark()),
                    "a second YAML document starts here; expected one document per file"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            found.add(new LoadError(position(e.getProblemMark()), describe(e.getProblem(), kind.format)));
        } catch (ReaderException e) {
            found.add(new LoadError(positionOf(yamlText, e.getPosition()),
                "character U+%04X is not allowed in YAML; expected printable text"
                    .formatted(e.getCodePoint())));
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Nesting Depth")) {
                found.add(new LoadError(tooDeep(yamlText),
                    "lists and mappings nest deeper than %d levels; expected %s"
                        .formatted(MAX_NESTING, kind.content)));
            } else if (message.contains("aliases")) {
                found.add(new LoadError(tooManyAliases(yamlText),
                    "more than %d aliases (*name) to lists or mappings; expected at most %d"
                        .formatted(MAX_ALIASES, MAX_ALIASES)));
            } else {
                found.add(new LoadError(SourcePosition.startOf(file),
                    message + "; expected a valid " + kind.format + " file"));
            }
        }
        return Optional.empty();
    }

    private static LoaderOptions safeOptions(int nesting) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(nesting);
        options.setCodePointLimit((int) InputFile.MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    /** Where nesting first passes the limit, found by counting collection events. */
    private SourcePosition tooDeep(String yamlText) {
        int depth = 0;
        for (Event event : new Yaml(safeOptions(Integer.MAX_VALUE)).parse(new StringReader(yamlText))) {
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                return position(event.getStartMark());
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return SourcePosition.startOf(file);
    }

    /** The alias to a list or mapping that passes the limit, found by walking the events. */
    private SourcePosition tooManyAliases(String yamlText) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        for (Event event : new Yaml(safeOptions(MAX_NESTING)).parse(new StringReader(yamlText))) {
            if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                collectionAnchors.add(start.getAnchor());
            }
            if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                    && ++aliases > MAX_ALIASES) {
                return position(event.getStartMark());
            }
        }
        return SourcePosition.startOf(file);
    }

    private static String describe(String problem, String format) {
        if (problem == null) {
            return "the " + format + " cannot be read; expected a valid " + format + " file";
        }
        if (problem.contains("\\t(TAB)")) {
            return "a tab character; expected spaces for indentation (YAML forbids tabs there)";
        }
        if (problem.startsWith("Global tag is not allowed") || problem.contains("could not determine a constructor")) {
            return problem + "; expected plain YAML without tags";
        }
        return problem + "; expected valid " + format;
    }

    private SourcePosition position(Mark mark) {
        return mark == null ? SourcePosition.startOf(file)
            : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The line and column of a character index in the text. */
    private SourcePosition positionOf(String in, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, in.length()); i++) {
            if (in.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, index - lineStart + 1);
    }

    private <T> Optional<T> fail(String message) {
        errors.add(new LoadError(SourcePosition.startOf(file), message));
        return Optional.empty();
    }
}
