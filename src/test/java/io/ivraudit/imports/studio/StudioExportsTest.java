package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.Studio.keys;
import static io.ivraudit.imports.studio.Studio.line;
import static io.ivraudit.imports.studio.Studio.menu;
import static io.ivraudit.imports.studio.Studio.node;
import static io.ivraudit.imports.studio.Studio.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Imported;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.model.Node;
import io.ivraudit.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Studio export in src/test/resources/flows/twilio-studio parses and lowers to a tree
 * that loads, with every transition an exit and every exit of every block a call reaches in the
 * report. The facts of each file, checked by hand against its JSON, are in {@link StudioExportFactsTest}.
 */
class StudioExportsTest {
    static Stream<Path> exports() throws IOException {
        try (Stream<Path> files = Files.list(TestData.STUDIO)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest @MethodSource("exports")
    void everyExportIsRecognisedParsesAndLowersToATreeThatLoads(Path export) {
        ExportDocument document = ExportDocument.read(export);
        assertTrue(Studio.PLATFORM.recognises(document));
        Imported imported = Studio.lower(export);
        assertTrue(imported.tree().isPresent());
        assertEquals(imported.report().blocksRead(), StudioReader.read(document).definition().orElseThrow().widgets().size());
    }

    /**
     * Each transition of each widget is an exit somewhere: at the transition, or at one of its
     * conditions; a menu's keypress (or speech) to its own split is its keys (or phrases), the
     * exits at the split's conditions.
     */
    @ParameterizedTest @MethodSource("exports")
    void everyTransitionIsAnExit(Path export) {
        ExportDocument document = ExportDocument.read(export);
        Flow flow = Studio.PLATFORM.parse(document).flows().get(0);
        Set<SourcePosition> exits = new HashSet<>();
        flow.blocks().values().forEach(b -> b.exits().forEach(e -> exits.add(e.at())));
        Map<String, Widget> widgets = StudioReader.read(document).definition().orElseThrow().widgets();
        Routes routes = new Routes(widgets, InputSource.of(widgets.values()));
        for (Widget widget : widgets.values()) {
            boolean menu = flow.blocks().get(widget.name()).step() instanceof Step.Ask;
            for (Widget.Transition t : widget.transitions()) {
                boolean choices = menu && !t.event().equals("timeout")
                    && routes.of(widget, t.event()).kind() == Routes.Kind.OWN_SPLIT;
                boolean listed = choices || exits.contains(t.at()) || (!t.conditions().isEmpty()
                    && t.conditions().stream().allMatch(c -> exits.contains(c.at())));
                assertTrue(listed, widget.name() + " " + t.event() + " at " + t.at() + " is no exit");
            }
        }
    }

    /** Each exit of each block the import reached has its line in the report: nothing is dropped silently. */
    @ParameterizedTest @MethodSource("exports")
    void everyExitOfEveryReachedBlockIsReported(Path export) {
        Flow flow = Studio.PLATFORM.parse(ExportDocument.read(export)).flows().get(0);
        Imported imported = Studio.lower(export);
        List<ImportReport.Line> lines = imported.report().lines();
        Set<String> reached = new HashSet<>(lines.stream().map(ImportReport.Line::block).toList());
        assertTrue(reached.contains(flow.entry()), "the entry is reached");
        for (Block block : flow.blocks().values()) {
            if (!reached.contains(block.id())) {
                continue;
            }
            for (Exit exit : block.exits()) {
                assertTrue(lines.stream().anyMatch(l -> l.block().equals(block.id()) && l.exit().equals(exit.describe())),
                    block.id() + ": " + exit.describe() + " is not in the report");
            }
        }
    }

    /** Shared by the facts: the menu a file's calls start at. */
    static Node.Menu entryMenu(Imported imported) {
        return menu(imported, Studio.tree(imported).entry());
    }

    static void assertNoPerson(Imported imported) {
        assertTrue(Studio.tree(imported).nodes().values().stream().noneMatch(Node.Human.class::isInstance),
            "no widget of the flow puts calls through to a person");
    }

    static void assertEndsTheCall(Imported imported, String menuId, String key, String block) {
        assertEquals("call-ends", option(menu(imported, menuId), key).goTo(), menuId + " key " + key);
        assertTrue(node(imported, "call-ends") instanceof Node.Hangup);
        line(imported, block, "key " + key, "connected to nothing: Twilio Studio ends the call here ('call-ends')");
    }

    static List<String> keysOf(Imported imported, String menuId) {
        return keys(menu(imported, menuId));
    }
}
