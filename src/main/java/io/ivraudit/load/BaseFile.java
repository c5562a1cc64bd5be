package io.ivraudit.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The base tree a variant {@code extends}, opened with care because the variant may come from an
 * untrusted pull request: the base must be inside the allowed {@link Bases}, a regular file and a
 * tree. When it is not, one error at the variant's {@code extends} says what the file is, never
 * what it holds, and nothing inside it is reported.
 */
final class BaseFile {
    private BaseFile() {}

    /** The base's document, read from {@code path} and named {@code shown} in messages; its root has a tree's keys. */
    static Optional<YamlSource.Read> open(Path path, String shown, Fields.Positioned base, Bases bases,
                                          Problems problems) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return refuse(problems, base, "no such file next to this one; expected the path of the base tree, "
                + "relative to this file");
        } catch (IOException e) {
            return refuse(problems, base, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); expected a base tree that can be read");
        }
        if (!bases.allows(real)) {
            return refuse(problems, base, "outside " + bases.root().orElseThrow() + "; expected a base tree inside "
                + "the repository (use --allow-outside-base to allow it)");
        }
        InputFile.Contents contents = InputFile.read(real);
        if (contents instanceof InputFile.Refused refused) {
            return refuse(problems, base, refusal(refused));
        }
        byte[] bytes = ((InputFile.Bytes) contents).bytes();
        YamlSource.Read source = YamlSource.read(shown, bytes, YamlSource.Kind.TREE);
        if (source.root().isEmpty()) {
            return notATree(problems, base, source.text().isBlank() ? "it is empty"
                : "it cannot be read as YAML: see its line " + source.errors().get(0).at().line()
                    + ", column " + source.errors().get(0).at().column());
        }
        Node root = source.root().get();
        if (TreeLoader.isNoTree(root)) {
            return notATree(problems, base, "its content is " + shape(root));
        }
        return Optional.of(source);
    }

    private static String refusal(InputFile.Refused refused) {
        return switch (refused.reason()) {
            case MISSING -> "no such file next to this one; expected the path of the base tree, relative to this file";
            case NOT_A_FILE -> "that path is " + refused.what() + "; expected the path of a base tree";
            case TOO_LARGE -> "that file is " + refused.what() + "; expected a base tree of at most "
                + InputFile.MAX_BYTES / (1024 * 1024) + " MB";
            case UNREADABLE -> "that file cannot be read (" + refused.what() + "); expected a base tree that can be read";
            case LINKED_OUTSIDE -> "that path links to " + refused.what() + ", outside the repository; expected a base "
                + "tree inside it";
        };
    }

    /** What the root is, in words that quote nothing of it. */
    private static String shape(Node root) {
        if (root instanceof MappingNode) {
            return "a mapping with none of entry, nodes, intents and extends";
        }
        return (root instanceof SequenceNode ? "a list" : "text") + ", not a mapping with entry and nodes";
    }

    private static Optional<YamlSource.Read> notATree(Problems problems, Fields.Positioned base, String why) {
        return refuse(problems, base, "that file is not a tree (" + why + "); expected the path of a base tree");
    }

    private static Optional<YamlSource.Read> refuse(Problems problems, Fields.Positioned base, String message) {
        problems.add(base.at(), "extends '" + base.text() + "': " + message);
        return Optional.empty();
    }
}
