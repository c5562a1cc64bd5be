package io.ivraudit.cli;

import io.ivraudit.CliRunner;
import io.ivraudit.TestData;
import static io.ivraudit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, and flows handed straight to the other commands. */
class ImportCommandTest {
    private static final String CARDS = TestData.CONNECT
        .resolve("aws-samples__amazon-connect-step-by-step-guides-module-library__SBSGuides_Example_Cards_Handler.json").toString();
    private static final String ACME = TestData.CONNECT
        .resolve("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_main_AUTO.json").toString();

    @TempDir Path dir;

    @Test void importWritesATreeThatValidatesAndSaysWhatToReview() throws IOException {
        Path out = dir.resolve("acme.yaml");
        CliRunner.Run run = run("import", "--from", "amazon-connect", "--out", out.toString(), ACME);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out).startsWith("# Imported by ivr-audit import from acme_main_AUTO."));
        assertTrue(run.err().contains("13 blocks read, 13 reachable from the entry; 5 nodes written (1 menu)"), run.err());
        assertTrue(run.err().contains("review the proposed intents (marked proposed: true): sales, finance"), run.err());
        assertEquals(0, run("validate", out.toString()).exit());
    }

    @Test void aFolderThatImportsAsAStubIsNotAudited() throws IOException {
        Path centre = Files.createDirectories(dir.resolve("centre"));
        try (var files = Files.list(TestData.CONNECT)) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("rules-engine")).toList()) {
                Files.copy(f, centre.resolve(f.getFileName()));
            }
        }
        CliRunner.Run imported = run("import", "--out", dir.resolve("centre.yaml").toString(), centre.toString());
        assertEquals(1, imported.exit(), imported.err());
        assertTrue(imported.err().startsWith("WARNING: the tree is a stub of the flow"), imported.err());
        CliRunner.Run check = run("check", centre.toString());
        assertEquals(2, check.exit(), check.out());
        assertTrue(check.err().contains(centre + ":1:1: the flows import as a stub: 7 of 177 blocks reachable from the "
            + "entry, 1 node; expected flows whose calls can be followed"), check.err());
    }

    @Test void anUnsupportedPlatformIsAUsageError() {
        CliRunner.Run run = run("import", "--from", "genesys", ACME);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--from: 'genesys' is not a supported platform; expected one of amazon-connect, "
            + "twilio-studio"), run.err());
    }

    @Test void checkGatesAConnectExportDirectlyWithValidSarif() throws IOException {
        CliRunner.Run text = run("check", "--fail-on", "unreviewed-intent", CARDS);
        assertEquals(1, text.exit(), text.out());
        assertTrue(text.out().contains("FAILED " + CARDS + ": unreviewed-intent"), text.out());
        assertEquals(0, run("check", CARDS).exit(), "proposed intents never fail a build by themselves");
        CliRunner.Run sarif = run("check", "--format", "sarif", ACME);
        SarifSchema210 parsed = new ObjectMapper().readValue(sarif.out(), SarifSchema210.class);
        assertTrue(parsed.getRuns().get(0).getResults().stream()
            .allMatch(r -> r.getLocations().get(0).getPhysicalLocation().getRegion().getStartLine() >= 1));
    }
}
