package io.ivraudit;

import java.nio.file.Path;

/**
 * Real flows kept inside the project as test data (see src/test/resources/flows/SOURCES.md), so a
 * fresh clone tests on its own. Relative to the project root, where Maven runs the tests.
 */
public final class TestData {
    /** Real flows from public repositories, one folder per platform. */
    public static final Path FLOWS = Path.of("src/test/resources/flows");
    /** Amazon Connect exports. */
    public static final Path CONNECT = FLOWS.resolve("amazon-connect");
    /** Twilio Studio exports. */
    public static final Path STUDIO = FLOWS.resolve("twilio-studio");

    private TestData() {}
}
