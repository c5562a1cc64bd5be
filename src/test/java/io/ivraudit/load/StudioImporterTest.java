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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Twilio Studio exports from public projects (src/test/resources/flows), imported and checked by hand. */
class StudioImporterTest {
    private static final Path STUDIO = TestData.STUDIO;

    static Stream<Path> exports() throws IOException {
        return Files.list(STUDIO).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest @MethodSource("exports")
    void everyExportImportsValidatesAndAudits(Path export) {
        FlowImport result = StudioImporter.read(export);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        Tree tree = result.tree().orElseThrow();
        assertTrue(TreeLoader.load("imported.yaml", TreeWriter.write(tree)).ok());
        assertTrue(TreeLoader.load(export).ok(), "every command takes the export directly");
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    /** Checked by hand: keys 1 to 3 (a split matching any of 1,2,3) text a demo link, then the flow ends. */
    @Test void theWebinarFlow() {
        Tree tree = StudioImporter.read(STUDIO.resolve("twilio-labs__sample-flows-github-actions__webinar-flow.json"))
            .tree().orElseThrow();
        Node.Menu menu = (Node.Menu) tree.nodes().get(tree.entry());
        assertEquals("Hey there, what demo would you like to know more?", menu.sayText());
        assertEquals(List.of("1", "2", "3"), menu.options().stream().map(Option::key).toList());
        assertEquals("Press 2 for Voice Notifications.", menu.options().get(1).say());
        Node.Hangup end = (Node.Hangup) tree.nodes().get(menu.options().get(0).goTo());
        assertEquals("Please check your text messages for the link to the demo.", end.sayText());
        assertEquals(menu.id(), menu.invalidTarget(), "no match gathers again");
    }

    /** Checked by hand: seven keys announced, one (6) handled but never announced, and each spoken twin shares its key's intent. */
    @Test void thePlastikMainMenu() {
        Tree tree = StudioImporter.read(STUDIO.resolve("sheikplastk__twilio-db-test__firstPrototype2.json")).tree().orElseThrow();
        Node.Menu menu = (Node.Menu) tree.nodes().get(tree.entry());
        List<String> keys = menu.options().stream().map(Option::key).filter(k -> k != null).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "9", "0", "6"), keys);
        assertTrue(menu.options().stream().filter(o -> "6".equals(o.key())).allMatch(Option::hidden));
        assertEquals("press 0 at anytime to speak to a customer representative,",
            menu.options().stream().filter(o -> "0".equals(o.key())).findFirst().orElseThrow().say());
        Option key1 = menu.options().get(0);
        Option spoken1 = menu.options().stream().filter(o -> "1".equals(o.phrase())).findFirst().orElseThrow();
        assertEquals(key1.intents(), spoken1.intents());
    }
}
