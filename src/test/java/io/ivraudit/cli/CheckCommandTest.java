package io.ivraudit.cli;

import io.ivraudit.CliRunner;
import static io.ivraudit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as CI uses it: exit codes, config files, and JUnit and SARIF that real parsers accept. */
class CheckCommandTest {
    @TempDir Path dir;

    private static final String BURIED = """
        entry: main
        intents:
          billing: { weight: 1, resolved_by: [agent] }
        nodes:
          main:
            type: menu
            options:
              - { key: "0", say: "For a person, press 0.", goto: agent }
              - { key: "1", say: "For billing, press 1.", intents: [billing], goto: billing }
            on_invalid: agent
          billing:
            type: menu
            options:
              - { key: "0", say: "For a person, press 0.", goto: agent }
              - { key: "1", say: "For more, press 1.", intents: [billing], goto: more }
            on_invalid: agent
          more:
            type: menu
            options:
              - { key: "0", say: "For a person, press 0.", intents: [billing], goto: agent }
            on_invalid: agent
          agent: { type: human, hold_seconds: 60 }
        """;

    /** The same tree with the person offered on the first menu only: buried three levels down. */
    private Path buried() throws IOException {
        String yaml = BURIED.replace("      - { key: \"0\", say: \"For a person, press 0.\", goto: agent }\n", "")
            .replace("    on_invalid: agent\n", "");
        return write("buried.yaml", yaml);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test void failsWhenThePersonIsBuriedAndPassesOnceMovedUp() throws IOException {
        CliRunner.Run failing = run("check", buried().toString());
        assertEquals(1, failing.exit(), failing.out() + failing.err());
        assertTrue(failing.out().contains("FAILED " + dir.resolve("buried.yaml") + ": buried-human"), failing.out());
        CliRunner.Run passing = run("check", write("fixed.yaml", BURIED).toString());
        assertEquals(0, passing.exit(), passing.out());
        assertTrue(passing.out().contains("check passed"), passing.out());
    }

    @Test void thresholdFlagsSetTheLimitAndGateTheRule() throws IOException {
        assertEquals(0, run("check", "--max-presses-to-human", "3", buried().toString()).exit());
        Path fixed = write("fixed.yaml", BURIED);
        assertEquals(1, run("check", "--max-menu-width", "1", fixed.toString()).exit(), "two options are over a width of 1");
        assertEquals(0, run("check", "--max-menu-width", "2", fixed.toString()).exit());
    }

    @Test void failOnTakesRuleIdsAndSeverities() throws IOException {
        Path bank = Path.of("trees/harbor-savings-bank.yaml");
        assertEquals(1, run("check", "--fail-on", "warning", "trees/meridian-health.yaml", bank.toString()).exit());
        assertEquals(0, run("check", "--fail-on", "trap-cycle", bank.toString()).exit());
        assertEquals(1, run("check", "--fail-on", "hated-phrase", bank.toString()).exit());
        CliRunner.Run typo = run("check", "--fail-on", "burried-human", bank.toString());
        assertEquals(2, typo.exit());
        assertTrue(typo.err().startsWith("--fail-on: 'burried-human' is neither a rule nor a severity"), typo.err());
    }

    @Test void theConfigFileAboveTheTreeSetsThresholdsAndSuppressions() throws IOException {
        Path tree = Files.copy(buried(), Files.createDirectories(dir.resolve("ivr/trees")).resolve("buried.yaml"));
        write("ivr/.ivr-audit.yaml", """
            thresholds: { max_presses_to_human: 2 }
            fail_on: [error, hidden-human]
            suppress:
              - { rule: buried-human, node: more, reason: "Billing disputes need a specialist; tracked in CX-101" }
            """);
        CliRunner.Run run = run("check", tree.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("suppressed: buried-human at 'more' (Billing disputes need a specialist; tracked in CX-101)"),
            run.out());
    }

    @Test void aBrokenConfigFileIsBadInputWithItsPosition() throws IOException {
        Path tree = Files.copy(buried(), Files.createDirectories(dir.resolve("c")).resolve("t.yaml"));
        Path config = write("c/.ivr-audit.yaml", "thresholds: { max_presses: 2 }\nsuppress:\n  - { rule: burried-human, node: x }\n");
        CliRunner.Run run = run("check", tree.toString());
        assertEquals(2, run.exit());
        assertEquals(List.of(
                config + ":1:15: thresholds: unknown key 'max_presses' (did you mean 'max_presses_to_human'?); expected one of "
                    + "max_menu_depth, max_menu_width, max_presses_to_human, max_prompt_seconds, max_seconds_to_human",
                config + ":3:5: suppress: missing key 'reason'; expected it here",
                config + ":3:13: suppress: rule 'burried-human' is not a rule (did you mean 'buried-human'?); expected one of "
                    + String.join(", ", io.ivraudit.audit.Rules.ids())),
            run.err().lines().toList());
    }

    @Test void junitHasOneTestCasePerGateAndFileAndMavensParserReadsIt() throws Exception {
        Path out = dir.resolve("check.xml");
        Path bank = Path.of("trees/harbor-savings-bank.yaml");
        CliRunner.Run run = run("check", "--format", "junit", "--out", out.toString(), bank.toString(), "trees/meridian-health.yaml");
        assertEquals(1, run.exit());
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(out.toString());
        assertEquals(2, suites.size());
        ReportTestSuite bankSuite = suites.get(0);
        assertEquals(io.ivraudit.audit.Rules.ids().size(), bankSuite.getNumberOfTests());
        assertEquals(1, bankSuite.getNumberOfFailures());
        ReportTestCase failed = bankSuite.getTestCases().stream().filter(ReportTestCase::hasFailure).findFirst().orElseThrow();
        assertEquals("buried-human", failed.getName());
        assertTrue(failed.getFailureDetail().contains("trees/harbor-savings-bank.yaml:94:9: error: callers must press 7, then 4, then 3"),
            failed.getFailureDetail());
        assertEquals(0, suites.get(1).getNumberOfFailures());
    }

    @Test void sarifValidatesAgainstTheOfficialSchemaAndPointsAtTheYamlLine() throws Exception {
        CliRunner.Run run = run("check", "--format", "sarif", "trees/harbor-savings-bank.yaml");
        assertEquals(1, run.exit());
        JsonSchema schema;
        try (InputStream in = SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(java.util.Set.of(), schema.validate(json));
        SarifSchema210 sarif = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(run.out(), SarifSchema210.class);
        var results = sarif.getRuns().get(0).getResults();
        var buried = results.stream().filter(r -> r.getRuleId().equals("buried-human")).findFirst().orElseThrow();
        var location = buried.getLocations().get(0).getPhysicalLocation();
        assertEquals("trees/harbor-savings-bank.yaml", location.getArtifactLocation().getUri());
        assertEquals(94, location.getRegion().getStartLine());
        assertEquals(9, location.getRegion().getStartColumn());
        assertEquals(io.ivraudit.audit.Rules.ids().size(), sarif.getRuns().get(0).getTool().getDriver().getRules().size());
        assertFalse(sarif.getRuns().get(0).getTool().getDriver().getRules().iterator().next().getHelp().getText().isBlank());
    }

    @Test void auditJsonCarriesTheSpecKeys() throws IOException {
        CliRunner.Run run = run("audit", "--format", "json", "trees/northwind-cable.yaml");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode first = json.get("findings").get(0);
        for (String key : List.of("rule", "severity", "node", "file", "line", "column", "message")) {
            assertTrue(first.has(key), key);
        }
        assertEquals(2, json.get("trees").get(0).get("intents").get("billing").get("presses_to_right_human").asInt());
    }

    @Test void checkOnBadInputExits2WithoutPartialOutput() throws IOException {
        Path bad = write("bad.yaml", "entry: main\n");
        Path out = dir.resolve("report.sarif");
        CliRunner.Run run = run("check", "--format", "sarif", "--out", out.toString(), bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(bad + ":1:1: missing key"), run.err());
        assertFalse(Files.exists(out));
    }
}
