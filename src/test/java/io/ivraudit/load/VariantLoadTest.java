package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variant files (SPEC section 4): extends, replace and add by id, remove, key-by-key merge, and errors where they are. */
class VariantLoadTest {
    @TempDir Path dir;

    private static final String BASE = """
        tree: shop
        entry: main
        caller: { patience: 5, savvy: 0.1 }
        costs: { agent_per_minute: 2 }
        intents:
          orders: { weight: 3, resolved_by: [agent] }
          returns: { weight: 1, resolved_by: [returns-info] }
        nodes:
          main:
            type: menu
            options:
              - { key: "1", say: "Orders, press 1.", intents: [orders], goto: agent }
              - { key: "2", say: "Returns, press 2.", intents: [returns], goto: returns-info }
          agent: { type: human, hold_seconds: 60 }
          returns-info: { type: message, say: Print a label online., next: bye }
          bye: { type: hangup }
        """;

    @BeforeEach void writeBase() throws IOException {
        Files.writeString(dir.resolve("shop.yaml"), BASE);
    }

    private LoadResult variant(String text) throws IOException {
        Path file = Files.createDirectories(dir.resolve("variants")).resolve("v.yaml");
        Files.writeString(file, text);
        return TreeLoader.load(file, Bases.anywhere());
    }

    @Test void replacesAddsRemovesAndMergesKeyByKey() throws IOException {
        LoadResult result = variant("""
            extends: ../shop.yaml
            caller: { patience: 8 }
            intents:
              returns: { weight: 2, resolved_by: [agent] }
            nodes:
              main:
                type: menu
                options:
                  - { key: "0", say: "A person, press 0.", goto: agent }
                  - { key: "1", say: "Orders, press 1.", intents: [orders, returns], goto: agent }
              survey: { type: message, say: Thanks., next: agent }
            remove: [returns-info, bye]
            """);
        assertTrue(result.ok(), () -> result.errors().toString());
        Tree tree = result.tree().orElseThrow();
        assertEquals("v", tree.id(), "a variant's id defaults to its own file name");
        assertEquals("main", tree.entry());
        assertEquals(List.of("main", "agent", "survey"), List.copyOf(tree.nodes().keySet()));
        assertEquals(2, ((Node.Menu) tree.nodes().get("main")).options().size());
        assertEquals(8, tree.caller().patience());
        assertEquals(0.1, tree.caller().savvy(), "keys the variant does not set come from the base");
        assertEquals(2.0, tree.costs().agentPerMinute());
        assertEquals(2.0, tree.intents().get("returns").weight());
        assertTrue(tree.nodes().get("agent").at().file().endsWith("shop.yaml"), "kept entries keep the base's positions");
        assertTrue(tree.nodes().get("survey").at().file().endsWith("v.yaml"));
    }

    @Test void anErrorInAVariantNamesTheVariantsLine() throws IOException {
        LoadResult result = variant("""
            extends: ../shop.yaml
            nodes:
              agent: { type: human, hold_seconds: soon }
            """);
        assertEquals(List.of(dir.resolve("variants/v.yaml") + ":3:39: node 'agent': hold_seconds is 'soon'; expected a number"),
            result.errors().stream().map(LoadError::toString).toList());
    }

    @Test void removingWhatTheBaseStillUsesIsReportedInTheBase() throws IOException {
        LoadResult result = variant("extends: ../shop.yaml\nremove: [bye]\n");
        assertEquals(1, result.errors().size());
        LoadError error = result.errors().get(0);
        assertTrue(error.at().file().endsWith("shop.yaml"), error.toString());
        assertEquals(15, error.at().line());
        assertTrue(error.message().startsWith("node 'returns-info': next 'bye' is not a node"), error.message());
    }

    @Test void removingSomethingUnknownSuggestsTheName() throws IOException {
        LoadResult result = variant("extends: ../shop.yaml\nremove: [retruns-info]\n");
        assertTrue(result.errors().get(0).toString().endsWith(
            "v.yaml:2:10: remove 'retruns-info' names nothing in the base tree (did you mean 'returns-info'?); "
                + "expected a node, intent or address id of the base"), result.errors().toString());
    }

    @Test void aMissingBaseOrALoopIsAnError() throws IOException {
        assertTrue(variant("extends: ../nope.yaml\n").errors().get(0).message()
            .startsWith("extends '../nope.yaml': no such file next to this one"));
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
        LoadResult loop = TreeLoader.load(dir.resolve("a.yaml"), Bases.anywhere());
        assertFalse(loop.ok());
        assertTrue(loop.errors().get(0).message().contains("leads back to a file already extended"), loop.errors().toString());
    }

    @Test void aTreeWithoutExtendsMayNotUseVariantKeys() {
        LoadResult result = TreeLoader.load("t.yaml", BASE + "remove: [bye]\n");
        assertTrue(result.errors().get(0).message().startsWith("unknown key 'remove'"), result.errors().toString());
    }
}
