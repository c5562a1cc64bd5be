package io.ivraudit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.audit.Rules;
import io.ivraudit.load.ConfigLoader;
import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's examples are valid. */
class ReadmeTest {
    @Test void theExampleTreeLoads() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher example = Pattern.compile("### An example\\s+```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(example.find(), "the README has an example tree");
        LoadResult result = TreeLoader.load("README-example.yaml", example.group(1));
        assertTrue(result.ok(), () -> result.errors().toString());
    }

    @Test void theExampleConfigLoads() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher example = Pattern.compile("### The config file.*?```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(example.find(), "the README has an example config");
        ConfigLoader.Result result = ConfigLoader.load(".ivr-audit.yaml", example.group(1), Rules.ids());
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        assertTrue(result.config().orElseThrow().isOff("slow-to-human"));
    }
}
