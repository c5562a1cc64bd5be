package io.ivraudit;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Tree;
import java.nio.file.Path;

/** The example tree of SPEC section 1, kept in the project's test resources. */
public final class SpecExample {
    /** Where the spec's worked example lives, relative to the project root (where Maven runs the tests). */
    public static final Path FOLDER = Path.of("src/test/resources/spec");
    /** The example tree itself. */
    public static final Path YAML = FOLDER.resolve("acme-telecom.yaml");

    private SpecExample() {}

    /** The loaded acme-telecom example tree. */
    public static Tree acme() {
        return TreeLoader.load(YAML).tree()
            .orElseThrow(() -> new IllegalStateException("the spec example must load"));
    }
}
