package io.ivraudit.imports;

import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.util.List;

/**
 * One IVR platform's export format: how to recognise a document of it, and how to parse it into
 * flows. Platforms only parse; {@link FlowImporter} lowers the flows into a tree.
 */
public interface Platform {
    /** The platform's name in {@code import --from} ("amazon-connect"). */
    String id();

    /** The platform's name for people ("Amazon Connect"). */
    String title();

    /** Whether a document is this platform's export, from its content alone (no tree has these keys). */
    boolean recognises(ExportDocument document);

    /** The flows in a document (one, or several), or the problems that kept it from being read. */
    Parsed parse(ExportDocument document);

    /**
     * The flow calls start in when {@code --entry} names none, by name; empty: the first flow no
     * other flow transfers calls to. Asterisk, for one, starts at the first context that reads a key.
     */
    default java.util.Optional<String> defaultEntry(List<Flow> flows) {
        return java.util.Optional.empty();
    }

    /**
     * What parsing gave: the flows, or the problems with the file, each at its line and column;
     * and notes on what the platform itself would skip or not follow (a line it ignores, an
     * {@code #include} of a file not given), which the import report lists as cut.
     */
    record Parsed(List<Flow> flows, List<LoadError> errors, List<LoadError> notes) {
        public Parsed {
            flows = List.copyOf(flows);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        /** Flows, or errors, without notes. */
        public Parsed(List<Flow> flows, List<LoadError> errors) {
            this(flows, errors, List.of());
        }

        /** A file that could not be read as this platform's export. */
        public static Parsed failed(List<LoadError> errors) {
            return new Parsed(List.of(), errors);
        }
    }
}
