package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.Studio.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The widgets that are no gather: what each is for a caller, and every transition an exit. */
class StudioWidgetsTest {
    /** The block of the widget calls start at, in a flow of these states. */
    static Block first(String states) {
        var flow = Studio.parse(flow("w", states)).flows().get(0);
        return flow.blocks().get("w");
    }

    static String widget(String type, String properties, String transitions) {
        return """
              { "name": "w", "type": "%s", "properties": { %s }, "transitions": [ %s ] },
              { "name": "after", "type": "say-play", "properties": { "say": "After." }, "transitions": [] }
            """.formatted(type, properties, transitions);
    }

    @Test void flexAndEnqueueAreOnePersonPerQueueNamedFromTheWidget() {
        String flex = "\"workflow\": \"WW7\", \"attributes\": \"{\\\"type\\\": \\\"inbound\\\", \\\"skills\\\": [\\\"spanish\\\"]}\"";
        assertEquals(new Step.Person("WW7 (skills spanish)"), first(widget("send-to-flex", flex,
            "{ \"event\": \"callComplete\" }, { \"event\": \"failedToEnqueue\", \"next\": \"after\" }, { \"event\": \"callFailure\" }")).step());
        assertEquals(new Step.Person("WW7"), first(widget("send-to-flex", "\"workflow\": \"WW7\"", "")).step());
        assertEquals(new Step.Person("Everyone"), first(widget("enqueue-call", "\"queue_name\": \"Everyone\"", "")).step());
        assertEquals(new Step.Person("WW2 (department returns)"), first(widget("enqueue-call",
            "\"workflow_sid\": \"WW2\", \"task_attributes\": \"{\\\"department\\\": \\\"returns\\\"}\"", "")).step());
        Block block = first(widget("send-to-flex", flex,
            "{ \"event\": \"callComplete\" }, { \"event\": \"failedToEnqueue\", \"next\": \"after\" }, { \"event\": \"callFailure\" }"));
        assertEquals(List.of(Exit.Kind.NEXT, Exit.Kind.ERROR, Exit.Kind.ERROR), block.exits().stream().map(Exit::kind).toList());
        assertEquals("after", block.exits().get(1).target());
    }

    @Test void twoWidgetsOnTheSameQueueReachOnePerson() {
        String states = """
              { "name": "menu", "type": "gather-input-on-call", "properties": { "say": "Press 1 or 2." },
                "transitions": [ { "event": "keypress", "next": "choose" } ] },
              { "name": "choose", "type": "split-based-on", "properties": { "input": "{{widgets.menu.Digits}}" },
                "transitions": [ { "event": "noMatch", "next": "menu" },
                  { "event": "match", "next": "a", "conditions": [ { "type": "equal_to", "value": "1" } ] },
                  { "event": "match", "next": "b", "conditions": [ { "type": "equal_to", "value": "2" } ] } ] },
              { "name": "a", "type": "enqueue-call", "properties": { "queue_name": "Support" }, "transitions": [] },
              { "name": "b", "type": "enqueue-call", "properties": { "queue_name": "Support" }, "transitions": [] }
            """;
        Imported imported = Studio.lower(flow("menu", states));
        Node.Menu menu = Studio.menu(imported, "menu");
        assertEquals(menu.options().get(0).goTo(), menu.options().get(1).goTo());
        assertEquals(1, Studio.tree(imported).nodes().values().stream().filter(Node.Human.class::isInstance).count());
    }

    @Test void connectCallToRingsAPersonOrForwardsTheCall() {
        assertEquals(new Step.Person("client alice"), first(widget("connect-call-to", "\"noun\": \"client\", \"to\": \"alice\"", "")).step());
        assertEquals(new Step.Person("sip sip:desk@example.com"),
            first(widget("connect-call-to", "\"noun\": \"sip\", \"to\": \"sip:desk@example.com\"", "")).step());
        assertEquals(new Step.Forward("+15550100", Channel.PHONE),
            first(widget("connect-call-to", "\"noun\": \"number\", \"to\": \"+15550100\"", "")).step());
        assertEquals(new Step.Forward("+15550100,+15550101", Channel.PHONE),
            first(widget("connect-call-to", "\"noun\": \"number-multi\", \"to\": \"+15550100,+15550101\"", "")).step());
        assertEquals(new Step.Forward("conference CF1", Channel.PHONE),
            first(widget("connect-call-to", "\"noun\": \"conference\", \"to\": \"CF1\"", "")).step());
        assertEquals(new Step.Forward("a number set at run time", Channel.PHONE), first(widget("connect-call-to", "", "")).step());
    }

    @Test void aTextEndsTheCallOnlyWhenNothingFollowsIt() {
        Imported last = Studio.lower(flow("w", widget("send-message", "\"body\": \"Link.\"",
            "{ \"event\": \"sent\" }, { \"event\": \"failed\" }")));
        Node.Handoff handoff = assertInstanceOf(Node.Handoff.class, Studio.node(last, "w"));
        assertEquals("{{contact.channel.address}}", handoff.address());
        assertEquals(Channel.SMS, Studio.tree(last).addresses().get(handoff.address()).channel());
        Imported goesOn = Studio.lower(flow("w", widget("send-message", "\"body\": \"Link.\"",
            "{ \"event\": \"sent\", \"next\": \"after\" }, { \"event\": \"failed\" }")));
        assertEquals("after", Studio.tree(goesOn).entry(), "the call goes on after the text");
        assertEquals(new Step.Forward("+15550100", Channel.SMS), first(widget("send-and-wait-for-reply",
            "\"to\": \"+15550100\"", "{ \"event\": \"incomingMessage\", \"next\": \"after\" }")).step());
    }

    @Test void aSubflowRunsItsFlowAndComesBack() {
        String parent = flow("w", widget("run-subflow", "\"flow_sid\": \"FW22\", \"flow_revision\": \"LatestPublished\"",
            "{ \"event\": \"completed\", \"next\": \"after\" }, { \"event\": \"failed\" }"));
        assertEquals(new Step.Link("FW22", true), Studio.parse(parent).flows().get(0).blocks().get("w").step());
        Imported alone = Studio.lower(parent);
        Studio.line(alone, "w", "", "runs the sub-flow 'FW22', which was not given: taken to return at once");
        assertEquals(Studio.tree(alone).entry(), Studio.node(alone, "after").id(), "the call goes on after the sub-flow");
        String child = "{ \"sid\": \"FW22\", \"friendly_name\": \"Billing\", \"definition\": "
            + flow("pay", "{ \"name\": \"pay\", \"type\": \"say-play\", \"properties\": { \"say\": \"Pay here.\" } }") + "}";
        var flows = Stream.of(Studio.PLATFORM.parse(ExportDocument.read("parent.json", parent)),
            Studio.PLATFORM.parse(ExportDocument.read("child.json", child))).flatMap(p -> p.flows().stream()).toList();
        Imported both = FlowImporter.lower(flows, ImportOptions.DEFAULTS);
        Tree tree = Studio.tree(both);
        Node.Message pay = assertInstanceOf(Node.Message.class, tree.nodes().get(tree.entry()), "the sub-flow's words first");
        assertEquals("Pay here.", pay.sayText());
        assertEquals(Studio.node(both, "after").id(), pay.next(), "where the sub-flow ends, the call comes back");
        Studio.line(both, "w", "", "runs the sub-flow 'Billing'");
    }

    @Test void silentWidgetsAreFollowedOnSuccessAndTheirFailuresReported() {
        Imported imported = Studio.lower(flow("w", widget("make-http-request", "\"url\": \"https://example.com\"",
            "{ \"event\": \"success\", \"next\": \"r\" }, { \"event\": \"failed\", \"next\": \"after\" }") + """
              ,{ "name": "r", "type": "add-twiml-redirect", "properties": { "url": "https://example.com/t" },
                "transitions": [ { "event": "return", "next": "u" }, { "event": "timeout" }, { "event": "fail" } ] },
              { "name": "u", "type": "some-new-widget", "properties": {}, "transitions": [ { "event": "done", "next": "after" } ] }
            """.replaceFirst("^\\s*,", ",")));
        assertEquals("after", Studio.tree(imported).entry());
        assertEquals(Fate.FOLLOWED, Studio.line(imported, "w", "next (success)", "passed through").fate());
        assertEquals(Fate.CUT, Studio.line(imported, "w", "error (failed)", "error way is not modelled").fate());
        Studio.line(imported, "r", "error (timeout)", "error way is not modelled");
        Studio.line(imported, "u", "next (done)", "passed through");
    }

    @Test void aDataSplitTakesEachWayAnEqualShareAndAnAlwaysEmptyInputOnlyItsNoMatch() {
        String split = """
              { "name": "w", "type": "split-based-on", "properties": { "input": "%s" },
                "transitions": [ { "event": "noMatch", "next": "after" },
                  { "event": "match", "next": "x", "conditions": [ { "type": "equal_to", "value": "true" } ] },
                  { "event": "match", "conditions": [ { "type": "is_blank", "value": "" } ] } ] },
              { "name": "x", "type": "say-play", "properties": { "say": "Open." } },
              { "name": "after", "type": "say-play", "properties": { "say": "After." } }
            """;
        Imported data = Studio.lower(flow("w", split.formatted("{{flow.data.open}}")));
        assertEquals(3, ((Node.Branch) Studio.node(data, "w")).branches().size());
        Imported empty = Studio.lower(flow("w", split.formatted("{{become}}")));
        assertEquals(2, ((Node.Branch) Studio.node(empty, "w")).branches().size(), "only noMatch and is_blank can be taken");
        Studio.line(empty, "w", "case 'true' is never taken: {{become}} is always empty", "");
    }

    @Test void theTriggersOtherEventsAreNoCalls() {
        Block trigger = Studio.parse(flow("w", widget("say-play", "\"say\": \"Hi.\"", ""))).flows().get(0).blocks().get("Trigger");
        assertEquals(new Step.Pass(), trigger.step());
        assertEquals(List.of("incomingMessage (not a call)", "incomingCall"), trigger.exits().stream().map(Exit::value).toList());
        assertEquals(List.of(Exit.Kind.NEVER, Exit.Kind.NEXT), trigger.exits().stream().map(Exit::kind).toList());
    }

    @Test void aMessageOrARecordingPlays() {
        assertEquals(new Step.Play("Hi.", false), first(widget("say-play", "\"say\": \"Hi.\"", "")).step());
        assertEquals(new Step.Play(null, true), first(widget("say-play", "\"play\": \"https://example.com/a.mp3\"", "")).step());
    }
}
