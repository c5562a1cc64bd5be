package io.ivraudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivraudit.CliRunner;
import io.ivraudit.HugeTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tree in a pull request cannot blow up the audit's JSON: it grows with the tree, each finding written once. */
class AuditJsonSizeTest {
    @TempDir Path dir;

    @Test void theJsonOfAChainOf2000MenusStaysProportionalToItsYamlAndHoldsEachFindingOnce() throws IOException {
        Path yaml = Files.writeString(dir.resolve("chain.yaml"), HugeTrees.chain(2000));
        CliRunner.Run run = CliRunner.run("audit", "--format", "json", "--exact", yaml.toString());
        assertEquals(0, run.exit(), run.err());
        long yamlBytes = Files.size(yaml);
        assertTrue(run.out().length() < 40 * yamlBytes, run.out().length() + " characters of JSON for " + yamlBytes + " bytes of YAML");

        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode findings = json.get("findings");
        assertTrue(findings.size() > 2 * 1990, "every deep menu and every menu without a 0 is a finding");
        assertEquals(findings.size(), occurrences(run.out(), "\"message\":"), "each finding is written once");
        JsonNode tree = json.get("trees").get(0);
        assertEquals(IntStream.range(0, findings.size()).boxed().toList(),
            IntStream.range(0, tree.get("findings").size()).map(i -> tree.get("findings").get(i).asInt()).boxed().toList(),
            "the tree names its findings by their place in the list");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
