package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The errors of one file, collected while reading it, with scalar conversions that record them. */
final class Problems {
    private static final Set<Tag> TEXT_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL);

    private final String file;
    private final List<LoadError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(SourcePosition at, String message) {
        errors.add(new LoadError(at, message));
    }

    void add(Node node, String message) {
        add(position(node), message);
    }

    List<LoadError> errors() {
        return List.copyOf(errors);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    SourcePosition position(Node node) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1,
            node.getStartMark().getColumn() + 1);
    }

    /** Any plain scalar as text; lists, mappings, empties and tagged values are errors. */
    Optional<String> text(Node node, String what) {
        if (node instanceof ScalarNode s && TEXT_TAGS.contains(s.getTag())) {
            return Optional.of(s.getValue());
        }
        add(node, what + " is " + Fields.describe(node) + "; expected text");
        return Optional.empty();
    }

    Optional<Double> number(Node node, String what, double min, double max) {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                double value = Double.parseDouble(s.getValue().replace("_", ""));
                if (Double.isFinite(value) && value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below: YAML 1.1 numbers like 0x1F or 1:30
            }
            add(node, what + " is " + s.getValue() + "; expected a number from " + plain(min)
                + " to " + plain(max));
            return Optional.empty();
        }
        add(node, what + " is " + Fields.describe(node) + "; expected a number");
        return Optional.empty();
    }

    Optional<Integer> integer(Node node, String what, int min, int max) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int value = Integer.parseInt(s.getValue().replace("_", ""));
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            add(node, what + " is " + s.getValue() + "; expected a whole number from " + min
                + " to " + max);
            return Optional.empty();
        }
        add(node, what + " is " + Fields.describe(node) + "; expected a whole number");
        return Optional.empty();
    }

    /** A number as a person writes it: {@code 3}, not {@code 3.0}; {@code 0.25}. */
    static String plain(double value) {
        return io.ivraudit.text.Words.plain(value);
    }
}
