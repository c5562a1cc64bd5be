package io.ivraudit.cli;

import io.ivraudit.load.Bases;
import picocli.CommandLine.Option;

/**
 * {@code --allow-outside-base}: whether a variant file may extend a base tree outside the
 * working directory's repository. Refused by default, because a tree in a pull request is
 * untrusted and must not make ivr-audit read files elsewhere on the machine.
 */
final class InputOptions {
    @Option(names = "--allow-outside-base",
        description = "let variant files extend base trees outside the repository of the working directory "
            + "(the nearest folder at or above it holding .git); refused by default")
    boolean allowOutsideBase;

    /** Where variant bases may be read from. */
    Bases bases() {
        return allowOutsideBase ? Bases.anywhere() : Bases.workingRepository();
    }
}
