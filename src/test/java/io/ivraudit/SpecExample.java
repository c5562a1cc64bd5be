package io.ivraudit;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Tree;
import java.nio.file.Path;

/** The example tree of SPEC section 1, from the shared folder beside the project. */
public final class SpecExample {
    /** Where the spec's worked example lives. */
    public static final Path FOLDER = Path.of("../shared/spec-examples");

    private SpecExample() {}

    /** The loaded acme-telecom example tree. */
    public static Tree acme() {
        return TreeLoader.load(FOLDER.resolve("acme-telecom.yaml")).tree()
            .orElseThrow(() -> new IllegalStateException("the spec example must load"));
    }
}
