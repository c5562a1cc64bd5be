package io.ivraudit.imports.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Genesys flows (.yaml) handed to the commands, recognised by their content. */
class GenesysCommandsTest {
    private static final Path SIMPLE = Archy.FILES.resolve(
        "GenesysCloudBlueprints__simple-ivr-deploy-with-cx-as-code-blueprint__SimpleFinancialIvr_v2-0.yaml");
    private static final Path EMERGENCY = Archy.FILES.resolve(
        "GenesysCloudBlueprints__set-emergency-group-lambda-blueprint__main_flow.yaml");
    private static final Path IN_QUEUE = Archy.FILES.resolve(
        "GenesysCloudBlueprints__switch-voice-to-web-messaging__Switch_to_Web_Messaging_via_SMS.yaml");

    @TempDir Path dir;

    private static String out(CliRunner.Run run) {
        return run.out().replace(System.lineSeparator(), "\n");
    }

    @Test void validateAuditAndCheckTakeAFlowDirectly() {
        CliRunner.Run validate = CliRunner.run("validate", SIMPLE.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertTrue(out(validate).contains(SIMPLE + ": ok: tree 'simplefinancialivr', 6 nodes (1 menu)"), validate.out());
        CliRunner.Run placeholders = CliRunner.run("validate", EMERGENCY.toString());
        assertEquals(0, placeholders.exit(), "no valid YAML until its placeholders are filled in, and still read: "
            + placeholders.err());
        CliRunner.Run audit = CliRunner.run("audit", SIMPLE.toString());
        assertEquals(0, audit.exit(), audit.err());
        assertTrue(audit.out().contains("the only way to a person in menu 'main-menu' is the unannounced key 1"), audit.out());
        CliRunner.Run check = CliRunner.run("check", SIMPLE.toString());
        assertEquals(1, check.exit(), "both queues are behind keys the prompt never announces: " + check.out());
        assertTrue(check.out().contains("FAILED " + SIMPLE + ": buried-human"), check.out());
    }

    @Test void importWritesATreeThatValidates() throws IOException {
        Path tree = dir.resolve("simple.yaml");
        CliRunner.Run run = CliRunner.run("import", "--from", "genesys-archy", "--out", tree.toString(), SIMPLE.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(tree).startsWith("# Imported by ivr-audit import from SimpleFinancialIvr."));
        assertTrue(run.err().contains("5 blocks read, 5 reachable from the entry; 6 nodes written (1 menu)"), run.err());
        assertEquals(0, CliRunner.run("validate", tree.toString()).exit());
    }

    @Test void aFolderStartsInItsInboundFlowNotItsInQueueFlow() throws IOException {
        Path centre = Files.createDirectories(dir.resolve("centre"));
        Files.copy(IN_QUEUE, centre.resolve("a-in-queue.yaml"));
        Files.copy(SIMPLE, centre.resolve("b-inbound.yaml"));
        CliRunner.Run run = CliRunner.run("import", centre.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("title: \"SimpleFinancialIvr\""), run.out());
    }

    @Test void aMalformedFlowIsBadInputAtItsLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
            inboundCall:
              name: Broken
              startUpRef: /inboundCall/menus/menu[Main_1]
              menus:
                - menu:
                    name: Main
                    refId: Other_2
                    choices:
                      - just words
            """);
        CliRunner.Run run = CliRunner.run("validate", bad.toString());
        assertEquals(2, run.exit(), run.out());
        String said = run.out() + run.err();
        assertTrue(said.contains(bad + ":3:15: startUpRef '/inboundCall/menus/menu[Main_1]' names no menu or task of the flow; "
            + "expected a path such as /inboundCall/menus/menu[refId] naming one of its menus or tasks"), said);
        assertTrue(said.contains(bad + ":9:13: found 'just words' as a choice; expected a menu choice: a mapping with one key, "
            + "such as menuTransferToAcd or menuTask"), said);
        assertTrue(said.indexOf(":3:15:") < said.indexOf(":9:13:"), "in the order they stand in the file");
        Path syntax = dir.resolve("syntax.yaml");
        Files.writeString(syntax, "inboundCall:\n  name: [Broken\n  startUpRef: x\n");
        CliRunner.Run broken = CliRunner.run("audit", syntax.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().startsWith(syntax + ":3:"), broken.err());
    }

    @Test void aPhoneTreeWithBracesInItsWordsIsStillATree() throws IOException {
        Path tree = dir.resolve("tree.yaml");
        Files.writeString(tree, """
            entry: m
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m: { type: menu, say: "Press 0 for {{ team }}.", options: [ { key: 0, goto: agent } ] }
              agent: { type: human }
            """);
        CliRunner.Run run = CliRunner.run("validate", tree.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(out(run).contains(": ok: tree 'tree', 2 nodes (1 menu)"), run.out());
    }
}
