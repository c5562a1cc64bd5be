package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.audit.Auditor;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Amazon Connect exports from public projects (src/test/resources/flows), imported and checked by hand. */
class ConnectImporterTest {
    private static final Path CONNECT = TestData.CONNECT;

    @TempDir Path dir;

    static Stream<Path> exports() throws IOException {
        return Files.list(CONNECT).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private static Tree imported(String name) {
        FlowImport result = ConnectImporter.read(CONNECT.resolve(name), 0.7);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        return result.tree().orElseThrow();
    }

    @ParameterizedTest @MethodSource("exports")
    void everyExportImportsValidatesAndAudits(Path export) {
        FlowImport result = ConnectImporter.read(export, 0.7);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        Tree tree = result.tree().orElseThrow();
        LoadResult reloaded = TreeLoader.load("imported.yaml", TreeWriter.write(tree));
        assertTrue(reloaded.ok(), reloaded.errors().toString());
        assertTrue(result.blocksRead() > 0);
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    private static Node.Menu onlyMenu(Tree tree) {
        assertEquals(1, tree.menus().size(), tree.nodes().keySet().toString());
        return tree.menus().get(0);
    }

    /** Checked by hand: a keys menu whose three options set an attribute each, then reach the working queue. */
    @Test void theAirlineCardsHandler() {
        Tree tree = imported("aws-samples__amazon-connect-step-by-step-guides-module-library__SBSGuides_Example_Cards_Handler.json");
        Node.Menu menu = onlyMenu(tree);
        assertEquals(menu.id(), tree.entry(), "the flow starts at the menu");
        assertEquals("Welcome to Any Airline contact center", menu.sayText());
        assertEquals(List.of("1", "2", "3"), menu.options().stream().map(Option::key).toList());
        assertEquals("Press 1 if you are calling about missing luggage.", menu.options().get(0).say());
        assertTrue(menu.options().stream().allMatch(o -> tree.nodes().get(o.goTo()) instanceof Node.Human));
        assertTrue(menu.options().stream().noneMatch(Option::hidden));
        assertEquals(List.of("missing-luggage", "managing-reservation", "something-else"), List.copyOf(tree.intents().keySet()));
    }

    /** Checked by hand: a Lex bot asks for sales or finance; both go on, through system blocks, to another flow. */
    @Test void theAcmeMainFlow() {
        Tree tree = imported("aws-samples__amazon-connect-gitlab-cicd-terraform__acme_main_AUTO.json");
        Node.Menu menu = onlyMenu(tree);
        assertEquals(List.of("sales", "finance"), menu.options().stream().map(Option::phrase).toList());
        for (Option o : menu.options()) {
            Node.Handoff handoff = (Node.Handoff) tree.nodes().get(o.goTo());
            assertEquals("$.FlowAttributes.acme_queue_transfer_AUTO", handoff.address());
        }
        Node.Message error = (Node.Message) tree.nodes().get(menu.onInvalid());
        assertEquals("We are experiencing technical difficulties. Please retry your call.", error.sayText());
        assertTrue(tree.nodes().get(error.next()) instanceof Node.Hangup);
        Node.Message welcome = (Node.Message) tree.nodes().get(tree.entry());
        assertEquals("Welcome to ACME corporation", welcome.sayText());
        assertEquals(menu.id(), welcome.next());
    }

    /** Checked by hand: the bot's fallback intent is a condition the prompt never offers. */
    @Test void theLexIntegrationHandler() {
        FlowImport result = ConnectImporter.read(CONNECT.resolve(
            "aws-samples__amazon-connect-step-by-step-guides-module-library__SBS_Lex_Integration_Handler.json"), 0.7);
        Node.Menu menu = onlyMenu(result.tree().orElseThrow());
        Option fallback = menu.options().stream().filter(o -> "fallbackintent".equals(o.phrase())).findFirst().orElseThrow();
        assertTrue(fallback.hidden());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("never mentions phrase FallbackIntent")), result.notes().toString());
    }

    @Test void badExportsAreReportedWithTheirPositions() throws IOException {
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]\n");
        assertEquals(array + ":1:1: found a list; expected an Amazon Connect flow (a JSON object)",
            ConnectImporter.read(array, 0.7).errors().get(0).toString());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"StartAction\": \"nope\",\n  \"Actions\": [ {\"Type\": \"X\"} ]\n}\n");
        assertEquals(List.of(broken + ":3:16: an action without Identifier and Type; expected each action to have both",
                broken + ":1:1: StartAction 'nope' is not an action; expected the Identifier of one"),
            ConnectImporter.read(broken, 0.7).errors().stream().map(LoadError::toString).toList());
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "{\"Actions\": [\n");
        assertTrue(ConnectImporter.read(truncated, 0.7).errors().get(0).toString().startsWith(truncated + ":2:1: "));
        assertTrue(ConnectImporter.read(truncated, 0.7).errors().get(0).message().endsWith("; expected valid JSON"));
    }
}
