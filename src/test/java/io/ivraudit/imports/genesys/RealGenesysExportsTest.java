package io.ivraudit.imports.genesys;

import io.ivraudit.imports.ReportWalk;
import static io.ivraudit.imports.genesys.Archy.line;
import static io.ivraudit.imports.genesys.Archy.lower;
import static io.ivraudit.imports.genesys.Archy.node;
import static io.ivraudit.imports.genesys.Archy.nodes;
import static io.ivraudit.imports.genesys.Archy.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.audit.Auditor;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platforms;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Genesys Cloud Architect flows (Archy YAML) from Genesys' public blueprints
 * (src/test/resources/flows/genesys-archy, see SOURCES.md), each imported and checked against
 * facts read by hand in its YAML; the comments say where each fact is written.
 */
class RealGenesysExportsTest {
    static Stream<Path> exports() throws IOException {
        return Files.list(Archy.FILES).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private static final String SIMPLE = "GenesysCloudBlueprints__simple-ivr-deploy-with-cx-as-code-blueprint__SimpleFinancialIvr_v2-0.yaml";
    private static final String DR = "GenesysCloudBlueprints__dr-fallback-ivr__DR-Emergency-IVR.yaml";
    private static final String PARK = "GenesysCloudBlueprints__genesys-cloud-call-park__call-park-agent-inbound-flow.yaml";
    private static final String ORBIT = "GenesysCloudBlueprints__genesys-cloud-call-park__orbit-parked-call-retrieval.yaml";
    private static final String EMERGENCY = "GenesysCloudBlueprints__set-emergency-group-lambda-blueprint__main_flow.yaml";
    private static final String CACHE = "GenesysCloudBlueprints__design-architect-flow-data-actions-for-resiliency__CacheExampleFlow.yaml";
    private static final String SMS = "GenesysCloudBlueprints__switch-voice-to-web-messaging__Switch_to_Web_Messaging_via_SMS.yaml";

    @ParameterizedTest @MethodSource("exports")
    void everyFileIsRecognisedParsesLowersLoadsAuditsAndReportsEveryExitItReaches(Path export) {
        ExportDocument document = ExportDocument.read(export);
        assertEquals(List.of(Archy.GENESYS.id()), Platforms.all().stream().filter(p -> p.recognises(document))
            .map(p -> p.id()).toList(), "only Genesys recognises it");
        Flow flow = real(export.getFileName().toString());
        Imported imported = lower(flow);
        Tree tree = imported.tree().orElseThrow();
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok());
        ReportWalk.Walk walk = ReportWalk.walk(List.of(flow), flow, imported.report());
        assertEquals(List.of(), walk.unreported());
        assertEquals(flow.blocks().size(), imported.report().blocksRead());
        assertFalse(imported.report().isStub(tree), "the flow is no stub");
        Auditor.audit(tree, AuditConfig.DEFAULTS);
    }

    @Test void noOtherRealExportOrSampleTreeIsTakenForGenesys() throws IOException {
        try (Stream<Path> files = Files.walk(TestData.FLOWS)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                assertFalse(Archy.GENESYS.recognises(ExportDocument.read(file)), file.toString());
            }
        }
        try (Stream<Path> trees = Files.list(Path.of("trees"))) {
            for (Path tree : trees.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertFalse(Archy.GENESYS.recognises(ExportDocument.readInput(tree)), tree.toString());
            }
        }
    }

    /**
     * Lines 14-15 greet; lines 86-159: one menu whose prompt announces only 9, with 9 (disconnect), 1 and
     * 2 (two queues, lines 115 and 138); repeatCount 3 and menuSelectionTimeout 10 s at the flow
     * (lines 64-69), noValue in the menu (lines 96-99); no default choice.
     */
    @Test void theSimpleFinancialIvrHidesBothItsQueues() {
        Flow flow = real(SIMPLE);
        assertEquals("SimpleFinancialIvr", flow.name());
        Step.Ask ask = assertInstanceOf(Step.Ask.class, flow.blocks().get("Main Menu").step());
        assertEquals(new Step.Ask("You are at the Main Menu, press 9 to disconnect", false, false, 10.0, 3), ask);
        Tree tree = lower(flow).tree().orElseThrow();
        Node.Message greeting = node(tree, tree.entry(), Node.Message.class);
        assertEquals("Hi welcome to SimpleFinancial. Please listen to our menu carefully.", greeting.sayText());
        Node.Menu menu = node(tree, greeting.next(), Node.Menu.class);
        assertEquals(List.of("9", "1", "2"), menu.options().stream().map(Option::key).toList());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(menu.options().get(0).goTo()));
        assertEquals("Simple Financial 401K queue", node(tree, menu.options().get(1).goTo(), Node.Human.class).queue());
        assertEquals("Simple Financial IRA queue", node(tree, menu.options().get(2).goTo(), Node.Human.class).queue());
        assertEquals(List.of(false, true, true), menu.options().stream().map(Option::hidden).toList());
        assertEquals("call-ends", menu.invalidTarget(), "no default choice: Genesys disconnects");
        assertEquals("call-ends", menu.timeoutTarget());
        assertEquals(10.0, menu.timeoutSeconds());
    }

    /**
     * The disaster-recovery IVR (placeholders in its TTS, valid YAML): the start-up task's schedule
     * check (lines 345-386) has only an emergency output, to queue General Help's voicemail; open,
     * closed and holiday fall through to the jump to the main menu (line 387). Seven keys (lines
     * 111-304), each with speech terms, six to queues, 7 to a disconnect the prompt never names.
     */
    @Test void theDisasterRecoveryIvr() {
        Flow flow = real(DR);
        assertEquals("DR-Emergency-IVR", flow.name());
        assertEquals(List.of("open", "closed", "holiday", "emergency"),
            flow.blocks().get("Evaluate Schedule Group").exits().stream().map(Exit::value).toList());
        assertEquals("Transfer to Voicemail", flow.blocks().get("Evaluate Schedule Group").exits().get(3).target());
        assertEquals("Go to main menu", flow.blocks().get("Evaluate Schedule Group").exits().get(0).target());
        assertEquals("Play Audio", flow.blocks().get("Transfer to ACD").exit(Exit.Kind.ERROR).orElseThrow().target(),
            "a failed transfer plays {{ivr_failure}} (line 138)");
        assertEquals("Disconnect", flow.blocks().get("Play Audio").exit(Exit.Kind.NEXT).orElseThrow().target(),
            "then falls through to the choice task's next action, the disconnect (line 139)");
        assertTrue(((Step.Ask) flow.blocks().get("Main Menu").step()).speech());
        Imported imported = lower(flow);
        Tree tree = imported.tree().orElseThrow();
        Node.Message greeting = node(tree, tree.entry(), Node.Message.class);
        assertEquals("{{ivr_initial_greeting}}", greeting.sayText(), "the placeholder as written, line 14");
        Node.Branch hours = node(tree, greeting.next(), Node.Branch.class);
        Map<String, Double> shares = hours.branches().stream().collect(Collectors.toMap(BranchArm::goTo, BranchArm::share));
        assertEquals(0.9, shares.get("main-menu"), 1e-9);
        assertEquals("voicemail of queue General Help", node(tree, "transfer-to-voicemail", Node.Handoff.class).address());
        assertEquals(0.1, shares.get("transfer-to-voicemail"), 1e-9);
        Node.Menu menu = node(tree, "main-menu", Node.Menu.class);
        Map<String, String> people = menu.options().stream().filter(o -> o.key() != null)
            .collect(Collectors.toMap(Option::key, o -> tree.nodes().get(o.goTo()) instanceof Node.Human h ? h.queue() : "hang-up"));
        assertEquals(Map.of("1", "Life Insurance", "2", "Annuity", "3", "Mutual Funds", "4", "Brokerage",
            "5", "Health Insurance", "6", "General Help", "7", "hang-up"), people);
        assertEquals("life insurance", menu.options().get(0).phrase());
        assertTrue(menu.options().stream().filter(o -> "7".equals(o.key())).allMatch(Option::hidden), "7 is never announced");
        assertEquals(List.of("annuity", "medicare", "medicaid", "hangup", "help", "operator"), menu.options().stream()
            .filter(o -> o.key() == null).map(Option::phrase).toList(), "a key's other terms are options of their own");
        assertEquals("call-ends", menu.invalidTarget());
        assertEquals(Fate.GUESSED, line(imported, "Evaluate Schedule Group", "").fate());
    }

    /** Call park: {{flow_name}} and {{queue_name}} placeholders; 1 (global) to the queue, 2 to a goodbye. */
    @Test void theCallParkInboundFlow() {
        Flow flow = real(PARK);
        assertEquals("GenesysCloudBlueprints__genesys-cloud-call-park__call-park-agent-inbound-flow", flow.name());
        assertTrue(flow.names().contains("{{flow_name}}"));
        Tree tree = lower(flow).tree().orElseThrow();
        Node.Menu menu = nodes(tree, Node.Menu.class).get(0);
        assertEquals("To speak with a Team Z member, press 1.", menu.options().get(0).say(),
            "the TTS inside AudioPlaybackOptions(Append(ToAudioBlank(500), ToAudioTTS(...)))");
        assertEquals("{{queue_name}}", node(tree, menu.options().get(0).goTo(), Node.Human.class).queue());
        Node.Message bad = node(tree, menu.options().get(1).goTo(), Node.Message.class);
        assertEquals("You have made a terrible choice. Good bye", bad.sayText());
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(bad.next()));
        assertTrue(menu.options().stream().noneMatch(Option::hidden));
    }

    /**
     * Orbit retrieval: the start-up task collects a 1-3 digit code (line 133), runs two data
     * actions, says "Connecting you now." and disconnects; a failed entry falls through to the
     * task's last action, a disconnect (line 223). The menu (9 to disconnect) is never reached.
     */
    @Test void theOrbitRetrievalFlow() {
        Flow flow = real(ORBIT);
        assertEquals(new Step.Collect("Enter Your Code", "digits (into Flow.OrbitNumber)"), flow.blocks().get("Collect Input").step());
        assertEquals("Disconnect 2", flow.blocks().get("Collect Input").exit(Exit.Kind.FAILURE).orElseThrow().target());
        Imported imported = lower(flow);
        Tree tree = imported.tree().orElseThrow();
        assertTrue(nodes(tree, Node.Menu.class).isEmpty());
        assertTrue(nodes(tree, Node.Human.class).isEmpty(), "this flow reaches no person");
        assertTrue(tree.nodes().values().stream().anyMatch(n -> n instanceof Node.Message m
            && "Connecting you now.".equals(m.sayText())));
        assertTrue(imported.report().blocksReachable() < imported.report().blocksRead());
    }

    /**
     * The emergency-group flow is no valid YAML until its placeholders are filled in
     * ({@code {{prefix}}-Lambda:} as a key, line 178): read with them masked. Its menu's default
     * choice (line 126) is the jump to the task that collects 1 or 2.
     */
    @Test void theEmergencyGroupFlowReadsThroughItsPlaceholders() {
        Flow flow = real(EMERGENCY);
        assertEquals("GenesysCloudBlueprints__set-emergency-group-lambda-blueprint__main_flow", flow.name());
        assertTrue(flow.names().contains("{{prefix}}-Call-Flow"));
        Tree tree = lower(flow).tree().orElseThrow();
        Node.Menu menu = node(tree, "main-menu", Node.Menu.class);
        assertEquals("You are at the Main Menu.", menu.sayText());
        assertEquals(List.of("1", "9"), menu.options().stream().map(Option::key).toList());
        Node.Message collect = node(tree, menu.options().get(0).goTo(), Node.Message.class);
        assertEquals("Enter 1 to enable the emergency group, and 2 to disable. 9 to terminate.", collect.sayText());
        assertEquals(collect.id(), menu.invalidTarget(), "the default choice, after 3 plays");
        assertEquals(collect.id(), menu.timeoutTarget());
        assertTrue(tree.nodes().values().stream().anyMatch(n -> n instanceof Node.Message m
            && "You are now being disconnected. Goodbye!".equals(m.sayText())));
    }

    /**
     * The cache example: silence as greeting (ToAudioBlank), data lookups and decisions, then the
     * queue in Task.Queue (line 171), which holds Services for the whole call (lines 17-21); with no idle agent
     * the call falls through to "Sorry, there are no representatives ..." and a disconnect.
     */
    @Test void theCacheExampleQueuesInTheQueueItsVariableHolds() {
        Flow flow = real(CACHE);
        assertEquals("Cache Example", flow.name());
        assertEquals("dataTableLookup", flow.entry(), "no greeting: one second of silence");
        assertEquals(new Step.Person("Services"), flow.blocks().get("transferToAcd").step());
        Tree tree = lower(flow).tree().orElseThrow();
        assertEquals(List.of("Services"), nodes(tree, Node.Human.class).stream().map(Node.Human::queue).toList());
        Node.Branch goToQueue = node(tree, "go-to-queue", Node.Branch.class);
        assertEquals(List.of("queue-services", "playaudio"), goToQueue.branches().stream().map(BranchArm::goTo).toList());
    }

    /**
     * The in-queue flow: wait time, then while Flow.promptToSwitch a one-key offer to switch to web
     * messaging (collectInput, line 138), then hold music; when the actions end the caller is still
     * waiting in the queue.
     */
    @Test void theInQueueSwitchToWebMessagingFlow() {
        Flow flow = real(SMS);
        assertEquals("Initialize SMS variables", flow.entry());
        Tree tree = lower(flow).tree().orElseThrow();
        Node.Message music = node(tree, "hold-music", Node.Message.class);
        Node.Human waiting = node(tree, music.next(), Node.Human.class);
        assertNull(waiting.queue(), "the queue the call was put in, not named in this flow");
        assertTrue(tree.nodes().values().stream().anyMatch(n -> n instanceof Node.Message m && m.sayText() != null
            && m.sayText().startsWith("Instead of waiting, we can service you more quickly via web messaging.")));
        assertEquals(Archy.GENESYS.defaultEntry(List.of(flow)), java.util.Optional.empty(),
            "an in-queue flow is no flow calls start in");
    }
}
