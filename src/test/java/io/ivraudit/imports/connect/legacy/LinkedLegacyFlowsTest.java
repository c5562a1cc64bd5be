package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.FILES;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.lines;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.node;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.nodes;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.real;
import static io.ivraudit.imports.connect.legacy.LegacyFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.CliRunner;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Inputs;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two linked sets of amazon-connect-snippets, each one contact centre: 001 Context Tracking
 * (Main, Change PIN, Make Payment, Queue) and 100 (InitFlow, LangFlow, MainFlow). Transfers name
 * their target by ARN and resourceName; the legacy files hold no ARN of their own, so a flow is
 * found by its metadata name or its file's name. Imported as folders and as files given together.
 */
class LinkedLegacyFlowsTest {
    private static final String SNIPPETS = "amazon-connect__amazon-connect-snippets__";
    private static final String MAIN = "001 Context Tracking - Main";

    @TempDir Path dir;

    private Path folder(String set) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(set));
        try (Stream<Path> files = Files.list(FILES)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith(SNIPPETS + set)).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private static Imported importAll(List<Path> paths, String entry) {
        Imported imported = Inputs.importAll(paths, Optional.empty(), ImportOptions.DEFAULTS.withEntryFlow(entry));
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        return imported;
    }

    private static List<Flow> flows(String... names) {
        return Stream.of(names).map(n -> real(SNIPPETS + n + ".json")).toList();
    }

    /** InitFlow transfers to 100_LangFlow, LangFlow to 100_MainFlow (both by resourceName): one tree ending at the queue. */
    @Test void theDynamicSetIsOneContactCentre() throws IOException {
        Path folder = folder("100_");
        Imported imported = importAll(List.of(folder), null);
        Tree tree = tree(imported);
        assertEquals("100_InitFlow", tree.title(), "the flow no other flow transfers to");
        assertEquals(1, lines(imported, l -> l.detail().startsWith("transfers to flow '100_LangFlow'")).size());
        assertEquals(1, lines(imported, l -> l.detail().startsWith("transfers to flow '100_MainFlow'")).size());
        assertTrue(tree.addresses().isEmpty(), "every transfer names a flow given: " + tree.addresses().keySet());
        Node.Branch language = node(tree, tree.entry(), Node.Branch.class);
        Node.Message intro = node(tree, language.branches().get(0).goTo(), Node.Message.class);
        Node.Branch staffed = node(tree, intro.next(), Node.Branch.class);
        assertEquals(1, nodes(tree, Node.Human.class).size());
        assertTrue(staffed.branches().size() == 2);
        List<Flow> flows = flows("100_InitFlow", "100_LangFlow", "100_MainFlow");
        assertEquals(List.of(), ReportWalk.walk(flows, flows.get(0), imported.report()).unreported());
        assertEquals(29, imported.report().blocksRead());

        CliRunner.Run run = CliRunner.run("import", "--out", dir.resolve("100.yaml").toString(), folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("imported 100_InitFlow, 100_LangFlow, 100_MainFlow: 29 blocks read"), run.err());
        assertEquals(0, CliRunner.run("validate", dir.resolve("100.yaml").toString()).exit());
        assertTrue(CliRunner.run("audit", folder.toString()).exit() < 2);
    }

    /**
     * Change PIN and Make Payment transfer back to Main by ARN and resourceName, and Main's own
     * transfers name attributes nobody sets ("CHANGE TO MAKE PAYMENT FLOW"): they stay unresolved
     * hand-offs, reported. So the flow no other flow transfers to is Change PIN (the first listed),
     * and {@code --entry} picks Main.
     */
    @Test void theContextTrackingSetIsOneContactCentre() throws IOException {
        Path folder = folder("001_");
        Imported byDefault = importAll(List.of(folder), null);
        assertEquals("001 Context Tracking - Change PIN", tree(byDefault).title());
        assertEquals(1, lines(byDefault, l -> l.detail().startsWith("transfers to flow '" + MAIN + "'")).size());

        Imported imported = importAll(List.of(folder), MAIN);
        Tree tree = tree(imported);
        assertEquals(MAIN, tree.title());
        Node.Menu main = tree.menus().stream().filter(m -> m.options().size() == 4).findFirst().orElseThrow();
        assertEquals(List.of("1", "2", "0", "9"), main.options().stream().map(Option::key).toList());
        assertEquals(List.of("flow: a flow chosen at run time from $.Attributes.CHANGE TO MAKE PAYMENT FLOW",
                "flow: a flow chosen at run time from $.Attributes.CHANGE TO CHANGE PIN FLOW"),
            List.copyOf(tree.addresses().keySet()), "the placeholders are no flow's name or ARN");

        Imported payment = importAll(List.of(folder), "001 Context Tracking - Make Payment");
        Tree paying = tree(payment);
        Node.Menu confirm = paying.menus().stream().filter(m -> m.options().stream().anyMatch(o -> "3".equals(o.key())))
            .findFirst().orElseThrow();
        String cancel = confirm.options().stream().filter(o -> "3".equals(o.key())).findFirst().orElseThrow().goTo();
        Node.Branch returned = node(paying, cancel, Node.Branch.class);
        Node.Menu mainMenu = node(paying, returned.branches().get(0).goTo(), Node.Menu.class);
        assertEquals(List.of("1", "2", "0", "9"), mainMenu.options().stream().map(Option::key).toList(),
            "3 cancels and enters Main at its check of return_to_main, whose 1 is the main menu (an equal share: data)");
        assertFalse(paying.addresses().containsKey("flow: " + MAIN), "Main is given: no hand-off to it");
        List<Flow> flows = flows("001_Context_Tracking_-_Change_PIN", "001_Context_Tracking_-_Main",
            "001_Context_Tracking_-_Make_Payment", "001_Context_Tracking_-_Queue");
        assertEquals(List.of(), ReportWalk.walk(flows, flows.get(2), payment.report()).unreported());

        CliRunner.Run run = CliRunner.run("import", "--entry", MAIN, "--out", dir.resolve("001.yaml").toString(), folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(0, CliRunner.run("validate", dir.resolve("001.yaml").toString()).exit());
        assertTrue(CliRunner.run("audit", folder.toString()).exit() < 2);
    }

    /** Files given together are one contact centre too: Change PIN's "return to main" reaches Main's menus. */
    @Test void filesGivenTogetherAreLinked() {
        Path pin = FILES.resolve(SNIPPETS + "001_Context_Tracking_-_Change_PIN.json");
        Path main = FILES.resolve(SNIPPETS + "001_Context_Tracking_-_Main.json");
        Imported imported = importAll(List.of(main, pin), null);
        Tree tree = tree(imported);
        assertEquals("001 Context Tracking - Change PIN", tree.title(), "Main is transferred to; Change PIN is not");
        assertEquals(2, tree.menus().size(), "Main's two menus, reached from Change PIN");
        assertFalse(tree.addresses().containsKey("flow: " + MAIN));
        CliRunner.Run run = CliRunner.run("import", "--out", dir.resolve("two.yaml").toString(), main.toString(), pin.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("transfers to flow '" + MAIN + "'") || run.err().contains("imported"), run.err());
    }

    /** A legacy flow is known by its metadata name, its file's name, its last part and both with spaces for underscores. */
    @Test void aFlowIsKnownByTheNamesOtherFlowsUse() {
        Flow main = real(SNIPPETS + "001_Context_Tracking_-_Main.json");
        assertEquals(MAIN, main.name());
        assertTrue(main.names().containsAll(List.of(MAIN, SNIPPETS + "001_Context_Tracking_-_Main", "001_Context_Tracking_-_Main")),
            main.names().toString());
        Flow unnamed = LegacyFixture.parse("exports/001_Context_Tracking_-_Main.json", "{\"modules\": [{\"id\": \"a\", \"type\": \"Disconnect\"}],"
            + " \"start\": \"a\"}").flows().get(0);
        assertEquals("001_Context_Tracking_-_Main", unnamed.name(), "no metadata.name: the file's name");
        assertTrue(unnamed.names().contains(MAIN), "the name other flows give as resourceName, spaces saved as underscores");
    }
}
