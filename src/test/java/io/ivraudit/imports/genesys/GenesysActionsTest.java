package io.ivraudit.imports.genesys;

import static io.ivraudit.imports.genesys.Archy.flow;
import static io.ivraudit.imports.genesys.Archy.inbound;
import static io.ivraudit.imports.genesys.Archy.line;
import static io.ivraudit.imports.genesys.Archy.lower;
import static io.ivraudit.imports.genesys.Archy.node;
import static io.ivraudit.imports.genesys.Archy.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Archy's actions and their sequencing, each on a small flow written here. */
class GenesysActionsTest {
    /** A flow whose start-up task runs these actions (indented as a task's actions). */
    private static String task(String actions) {
        return inbound("startUpRef: ./tasks/task[t]\ntasks:\n  - task:\n      name: Start\n      refId: t\n      actions:\n"
            + actions.indent(8));
    }

    private static Exit exit(Flow flow, String block, Exit.Kind kind) {
        return flow.blocks().get(block).exit(kind).orElseThrow(() -> new AssertionError(block + " has no " + kind));
    }

    private static Map<String, Double> shares(Node.Branch branch) {
        return branch.branches().stream().collect(Collectors.toMap(BranchArm::goTo, BranchArm::share, Double::sum));
    }

    @Test void actionsRunInOrderAndAFailureOutputFallsThroughToTheNextAction() {
        Flow flow = flow(task("""
            - transferToAcd:
                name: To sales
                targetQueue:
                  lit:
                    name: Sales
                outputs:
                  failure:
                    actions:
                      - playAudio:
                          name: Sorry
                          audio:
                            tts: Sorry, nobody is free.
            - playAudio:
                name: Goodbye
                audio:
                  tts: Goodbye.
            - disconnect:
                name: Hang up
            """));
        assertEquals("To sales", flow.entry());
        assertEquals(new Step.Person("Sales"), flow.blocks().get("To sales").step());
        assertEquals("Sorry", exit(flow, "To sales", Exit.Kind.ERROR).target());
        assertEquals("Goodbye", exit(flow, "Sorry", Exit.Kind.NEXT).target(), "the failure's actions, then the next action");
        assertEquals("Hang up", exit(flow, "Goodbye", Exit.Kind.NEXT).target());
        assertEquals(List.of(), flow.blocks().get("Hang up").exits());
    }

    @Test void fallingOffTheEndOfATaskDisconnects() {
        Flow flow = flow(task("- playAudio:\n    name: Info\n    audio:\n      tts: We are closed.\n"));
        Exit next = exit(flow, "Info", Exit.Kind.NEXT);
        assertNull(next.target());
        assertEquals(Exit.Missing.ENDS_CALL, next.then());
        Imported imported = lower(flow);
        assertTrue(line(imported, "Info", "next").detail().startsWith("connected to nothing: Genesys Cloud Architect ends the call"));
        Node.Message info = node(imported.tree().orElseThrow(), "info", Node.Message.class);
        assertInstanceOf(Node.Hangup.class, imported.tree().orElseThrow().nodes().get(info.next()));
    }

    @Test void anOutputWithNoActionsLeadsStraightToTheNextAction() {
        Flow flow = flow(task("""
            - decision:
                name: VIP?
                condition:
                  exp: Flow.Vip
                outputs:
                  yes:
                    actions:
                      - playAudio:
                          name: Hello VIP
                          audio:
                            tts: Hello, valued customer.
            - transferToAcd:
                name: Queue
                targetQueue:
                  lit:
                    name: Service
            """));
        assertEquals(new Step.Split("Flow.Vip", null), flow.blocks().get("VIP?").step());
        List<Exit> cases = flow.blocks().get("VIP?").exits(Exit.Kind.CASE);
        assertEquals(List.of("yes", "no"), cases.stream().map(Exit::value).toList());
        assertEquals(List.of("Hello VIP", "Queue"), cases.stream().map(Exit::target).toList());
        assertEquals("Queue", exit(flow, "Hello VIP", Exit.Kind.NEXT).target());
    }

    @Test void jumpsToTasksAndReusableTasksThatDoNotReturn() {
        Flow flow = flow(inbound("""
            startUpRef: ./menus/menu[m]
            menus:
              - menu:
                  name: Menu
                  refId: m
                  choices:
                    - menuJumpToTask:
                        name: To hours
                        dtmf: digit_1
                        targetTaskRef: /inboundCall/tasks/task[hours_2]
            tasks:
              - task:
                  name: Hours
                  refId: hours_2
                  actions:
                    - playAudio:
                        name: Hours info
                        audio:
                          tts: We open at nine.
                    - jumpToMenu:
                        name: Back to menu
                        targetMenuRef: /inboundCall/menus/menu[m]
            """));
        assertEquals("Hours info", exit(flow, "To hours", Exit.Kind.NEXT).target());
        assertEquals("Menu", exit(flow, "Back to menu", Exit.Kind.NEXT).target());
        Tree tree = lower(flow).tree().orElseThrow();
        Node.Menu menu = node(tree, "menu", Node.Menu.class);
        Node.Message info = node(tree, menu.options().get(0).goTo(), Node.Message.class);
        assertEquals(menu.id(), info.next());
    }

    @Test void aJumpToATaskTheFlowDoesNotHaveIsCutAndSaysSo() {
        Imported imported = lower(flow(task("- jumpToTask:\n    name: Lost\n    targetTaskRef: ./tasks/task[nowhere]\n")));
        assertEquals(Fate.CUT, line(imported, "Lost", "next (to the task ./tasks/task[nowhere])").fate());
    }

    @Test void transfersToNumbersUsersGroupsVoicemailAndFlows() {
        Tree tree = tree(task("""
            - decision:
                name: Which
                condition:
                  exp: Flow.Which
                outputs:
                  yes:
                    actions:
                      - transferToNumber:
                          name: Call desk
                          targetNumber:
                            lit: "+15551234567"
            - decision:
                name: Which 2
                condition:
                  exp: Flow.Which2
                outputs:
                  yes:
                    actions:
                      - transferToGroup:
                          name: Team
                          targetGroup:
                            lit:
                              name: Night Team
            - decision:
                name: Which 3
                condition:
                  exp: Flow.Which3
                outputs:
                  yes:
                    actions:
                      - transferToVoicemail:
                          name: Voicemail
                          destination:
                            queue:
                              targetQueue:
                                lit:
                                  name: General Help
            - transferToFlow:
                name: Elsewhere
                targetFlow:
                  name: Billing Flow
            """));
        assertEquals("+15551234567", node(tree, "call-desk", Node.Handoff.class).address());
        assertEquals("group Night Team", node(tree, "queue-group-night-team", Node.Human.class).queue());
        assertEquals("voicemail of queue General Help", node(tree, "voicemail", Node.Handoff.class).address());
        assertEquals("flow: Billing Flow", node(tree, "elsewhere", Node.Handoff.class).address(),
            "a flow that was not given: a handoff, reported");
    }

    @Test void aTransferToAFlowGivenTooGoesOnInIt() {
        Flow main = flow(task("- transferToFlow:\n    name: To billing\n    targetFlow:\n      name: Billing Flow\n"));
        Flow billing = Archy.parse("billing.yaml", "inboundCall:\n  name: Billing Flow\n" + """
              startUpRef: ./tasks/task[b]
              tasks:
                - task:
                    name: B
                    refId: b
                    actions:
                      - transferToAcd:
                          name: Billing
                          targetQueue:
                            lit:
                              name: Billing
            """).flows().get(0);
        Imported imported = lower(List.of(billing, main), null);
        Tree tree = imported.tree().orElseThrow();
        assertEquals("Test", tree.title(), "calls start in the flow no other transfers to");
        assertEquals("Billing", node(tree, tree.entry(), Node.Human.class).queue());
    }

    @Test void aCommonModuleComesBackToTheActionAfterIt() {
        Flow main = flow(task("""
            - callCommonModule:
                name: Greet
                commonModule:
                  Greeting Module:
                    ver_latestPublished:
            - transferToAcd:
                name: Queue
                targetQueue:
                  lit:
                    name: Service
            """));
        assertEquals(new Step.Link("Greeting Module", true), main.blocks().get("Greet").step());
        Flow module = Archy.parse("module.yaml", """
            commonModule:
              name: Greeting Module
              startUpRef: ./tasks/task[g]
              tasks:
                - task:
                    name: G
                    refId: g
                    actions:
                      - playAudio:
                          name: Hello
                          audio:
                            tts: Hello from the module.
            """).flows().get(0);
        Tree tree = lower(List.of(main, module), null).tree().orElseThrow();
        Node.Message hello = node(tree, tree.entry(), Node.Message.class);
        assertEquals("Hello from the module.", hello.sayText());
        assertEquals("Service", node(tree, hello.next(), Node.Human.class).queue());
        Imported alone = lower(main);
        assertTrue(line(alone, "Greet", "").detail().contains("which was not given: taken to return at once"));
    }

    @Test void callTaskRunsTheTaskAndComesBack() {
        Flow flow = flow(inbound("""
            startUpRef: ./tasks/task[main]
            tasks:
              - task:
                  name: Main
                  refId: main
                  actions:
                    - callTask:
                        name: Run notice
                        targetTaskRef: ./tasks/task[notice]
                    - disconnect:
                        name: End
              - task:
                  name: Notice
                  refId: notice
                  actions:
                    - playAudio:
                        name: Notice text
                        audio:
                          tts: Our hours have changed.
            """));
        String copy = exit(flow, "Run notice", Exit.Kind.NEXT).target();
        assertEquals("Notice text 2", copy);
        assertEquals("End", exit(flow, copy, Exit.Kind.NEXT).target());
        assertNull(exit(flow, "Notice text", Exit.Kind.NEXT).target(), "the task itself still ends the flow");
    }

    @Test void theScheduleGroupIsOpenOrClosedAndItsUnlistedWaysFallThrough() {
        String yaml = task("""
            - evaluateScheduleGroup:
                name: Hours
                scheduleGroup:
                  lit:
                    name: Office
                emergencyGroup:
                  noValue: true
                outputs:
                  closed:
                    actions:
                      - playAudio:
                          name: Closed
                          audio:
                            tts: We are closed.
                      - disconnect:
                          name: Bye
            - transferToAcd:
                name: Open queue
                targetQueue:
                  lit:
                    name: Support
            """);
        Flow flow = flow(yaml);
        Block hours = flow.blocks().get("Hours");
        assertEquals(List.of("open", "closed", "holiday"), hours.exits().stream().map(Exit::value).toList());
        Tree tree = tree(yaml);
        Map<String, Double> shares = shares(node(tree, "hours", Node.Branch.class));
        assertEquals(0.85, shares.get("queue-support"), 1e-9, "open (0.7) and holiday (0.15), which fall through");
        assertEquals(0.15, shares.get("closed"), 1e-9);
        String emergency = yaml.replaceFirst("emergencyGroup:\\s*\n\\s*noValue: true", "emergencyGroup: { lit: { name: Storm } }");
        assertTrue(emergency.contains("Storm"));
        assertEquals(List.of("open", "closed", "holiday", "emergency"),
            flow(emergency).blocks().get("Hours").exits().stream().map(Exit::value).toList());
    }

    @Test void switchCollectInputCallDataAndLoop() {
        Flow flow = flow(task("""
            - collectInput:
                name: Account
                inputData:
                  var: Flow.Account
                inputAudio:
                  tts: Enter your account number.
                outputs:
                  failure:
                    actions:
                      - disconnect:
                          name: No account
            - callData:
                name: Look up
                outputs:
                  failure:
                    actions:
                      - transferToAcd:
                          name: Help desk
                          targetQueue:
                            lit:
                              name: Help
            - switch:
                name: Tier
                evaluate:
                  firstTrue:
                    cases:
                      - case:
                          value:
                            exp: Flow.Tier == "gold"
                          actions:
                            - transferToAcd:
                                name: Gold
                                targetQueue:
                                  lit:
                                    name: Gold
                    default:
                      actions:
                        - loop:
                            name: Retry
                            loopCount:
                              lit: 3
                            outputs:
                              loop:
                                actions:
                                  - playAudio:
                                      name: Please wait
                                      audio:
                                        tts: Please wait.
            - transferToAcd:
                name: Standard
                targetQueue:
                  lit:
                    name: Standard
            """));
        assertEquals(new Step.Collect("Enter your account number.", "digits (into Flow.Account)"), flow.blocks().get("Account").step());
        assertEquals("Look up", exit(flow, "Account", Exit.Kind.SUCCESS).target());
        assertEquals("No account", exit(flow, "Account", Exit.Kind.FAILURE).target());
        assertEquals("Tier", exit(flow, "Look up", Exit.Kind.NEXT).target(), "success is not listed: the next action");
        assertEquals(List.of("failure", "timeout"), flow.blocks().get("Look up").exits(Exit.Kind.ERROR).stream()
            .map(Exit::value).toList());
        Block tier = flow.blocks().get("Tier");
        assertEquals("Gold", tier.exits(Exit.Kind.CASE).get(0).target());
        assertEquals("Retry", exit(flow, "Tier", Exit.Kind.NO_MATCH).target());
        Block retry = flow.blocks().get("Retry");
        assertEquals(new Step.Split("the loop count (loopCount 3)", null), retry.step());
        assertEquals(List.of("Please wait", "Standard"), retry.exits().stream().map(Exit::target).toList());
        assertEquals("Retry", exit(flow, "Please wait", Exit.Kind.NEXT).target(), "the body comes back to the loop");
        Imported imported = lower(flow);
        assertTrue(imported.tree().isPresent());
        assertTrue(imported.report().lines().stream().anyMatch(l -> l.detail().contains("loops back without a menu")),
            "a loop with no menu in it is cut at a hang-up, reported");
    }

    @Test void anInQueueFlowLeavesTheCallerWaitingInTheQueueWhenItsActionsEnd() {
        String yaml = """
            inqueueCall:
              name: Waiting
              startUpTaskActions:
                - playAudio:
                    name: Hold on
                    audio:
                      tts: Your call is important to us.
                - holdMusic:
                    name: Music
                    prompt:
                      exp: Flow.HoldPrompt
            """;
        Flow flow = flow(yaml);
        assertEquals("Hold on", flow.entry());
        String wait = exit(flow, "Music", Exit.Kind.NEXT).target();
        assertEquals(new Step.Person(null), flow.blocks().get(wait).step());
        Tree tree = lower(flow).tree().orElseThrow();
        assertInstanceOf(Node.Human.class, tree.nodes().get(node(tree, "music", Node.Message.class).next()));
        Flow inbound = flow(task("- transferToAcd:\n    name: Q\n    targetQueue:\n      lit:\n        name: Q\n"));
        assertEquals(java.util.Optional.of("Test"), Archy.GENESYS.defaultEntry(List.of(flow, inbound)),
            "calls start in the inbound flow, not the in-queue one");
    }

    @Test void placeholdersAreOpaqueNames() {
        Flow flow = Archy.parse("park.yaml", """
            inboundCall:
              name: {{flow_name}}
              division: {{division}}
              startUpRef: ./tasks/task[t]
              tasks:
                - task:
                    name: T
                    refId: t
                    actions:
                      - transferToAcd:
                          name: Q
                          targetQueue:
                            lit:
                              name: {{queue_name}}
                      - callData:
                          name: Data
                          category:
                            {{category}}-Lambda:
                              dataAction:
                                x: {}
            """).flows().get(0);
        assertEquals("park", flow.name(), "a placeholder is no flow name: the file's");
        assertTrue(flow.names().contains("{{flow_name}}"));
        assertEquals(new Step.Person("{{queue_name}}"), flow.blocks().get("Q").step());
    }

    @Test void aQueueVariableThatAlwaysHoldsOneQueueNamesIt() {
        Flow flow = flow(inbound("""
            startUpRef: ./tasks/task[t]
            tasks:
              - task:
                  name: T
                  refId: t
                  variables:
                    - queueVariable:
                        name: Task.Queue
                        initialValue:
                          lit:
                            name: Services
                  actions:
                    - transferToAcd:
                        name: Q
                        targetQueue:
                          exp: Task.Queue
                    - transferToAcd:
                        name: Found
                        targetQueue:
                          exp: FindQueue("Billing")
            """));
        assertEquals(new Step.Person("Services"), flow.blocks().get("Q").step());
        String set = "- updateData:\n    statements:\n      - queue:\n          variable: Task.Queue\n";
        assertEquals(new Step.Person(null), flow(inbound("""
            startUpRef: ./tasks/task[t]
            variables:
              - queueVariable:
                  name: Flow.Queue
                  initialValue:
                    lit:
                      name: Services
            tasks:
              - task:
                  name: T
                  refId: t
                  actions:
            """) + (set.replace("Task.Queue", "Flow.Queue") + "- transferToAcd:\n    name: Q\n    targetQueue:\n"
                + "      exp: Flow.Queue\n").indent(8)).blocks().get("Q").step(), "a variable some action sets is data");
    }

    /**
     * A start-up task that jumps to the main menu, and a choice there that goes back to the task:
     * Archy's everyday "start over". The menu in between is a caller step, so the second visit of
     * the task's jump is no loop without one (MenuLowering follows a menu's exits afresh).
     */
    @Test void aJumpReachedAgainThroughTheMenuItLeadsToIsNoLoop() {
        Tree tree = tree(inbound("""
            startUpRef: ./tasks/task[start]
            tasks:
              - task:
                  name: Start
                  refId: start
                  actions:
                    - updateData:
                        name: Set up
                    - jumpToMenu:
                        name: To main
                        targetMenuRef: ./menus/menu[main]
            menus:
              - menu:
                  name: Main
                  refId: main
                  audio:
                    tts: To start over, press 9.
                  choices:
                    - menuJumpToTask:
                        name: Start over
                        dtmf: digit_9
                        targetTaskRef: ./tasks/task[start]
            """));
        Node.Menu main = node(tree, "main", Node.Menu.class);
        assertEquals(main.id(), main.options().get(0).goTo());
    }
}
