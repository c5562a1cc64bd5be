package io.ivraudit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.SpecExample;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import io.ivraudit.report.GraphRenderer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The graph of the spec's example tree, edge by edge, and how the renderers mark it. */
class IvrGraphTest {
    private final IvrGraph acme = IvrGraph.of(SpecExample.acme());

    private Node.Menu menu(String id) {
        return (Node.Menu) acme.tree().nodes().get(id);
    }

    @Test void oneVertexPerNodeAndOneEdgePerWayOut() {
        assertEquals(12, acme.graph().vertexSet().size());
        assertEquals(Set.of("main -OPTION:1-> billing", "main -OPTION:2-> tech", "main -OPTION:3-> email-us",
                "main -OPTION:0-> hours", "main -INVALID:invalid-> main",
                "billing -OPTION:1-> pay-by-phone", "billing -OPTION:2-> billing-agent",
                "billing -INVALID:invalid-> billing",
                "tech -OPTION:1-> outage-info", "tech -OPTION:2-> call-back", "tech -INVALID:invalid-> tech",
                "tech -TIMEOUT:timeout-> hours",
                "hours -BRANCH:70% #1-> operator", "hours -BRANCH:30% #2-> closed",
                "pay-by-phone -NEXT:next-> goodbye", "outage-info -NEXT:next-> goodbye",
                "closed -NEXT:next-> goodbye"),
            acme.graph().edgeSet().stream().map(t -> t.from() + " -" + t.kind() + ":" + t.label() + "-> " + t.to())
                .collect(Collectors.toSet()));
    }

    @Test void humanOptionsReachAPersonThroughMessagesAndBranchesOnly() {
        assertEquals(List.of("0"), acme.humanOptions(menu("main")).stream().map(Option::key).toList());
        assertEquals(List.of("2"), acme.humanOptions(menu("billing")).stream().map(Option::key).toList());
        assertEquals(List.of(), acme.humanOptions(menu("tech")));
    }

    @Test void aSelfServiceStepIsNotAWayToAPerson() {
        Tree tree = TreeLoader.load("t.yaml", """
            entry: m
            intents: { x: { weight: 1, resolved_by: [] } }
            nodes:
              m: { type: menu, options: [ { key: 1, goto: s }, { key: 2, goto: msg } ] }
              s: { type: self_service, next: agent }
              msg: { type: message, next: agent }
              agent: { type: human }
            """).tree().orElseThrow();
        IvrGraph g = IvrGraph.of(tree);
        assertEquals(List.of("2"), g.humanOptions((Node.Menu) tree.nodes().get("m")).stream().map(Option::key).toList());
    }

    @Test void reachabilityFollowsEveryKindOfEdge() {
        assertEquals(acme.tree().nodes().keySet(), acme.reachable());
        Tree tree = TreeLoader.load("t.yaml", """
            entry: agent
            intents: { x: { weight: 1, resolved_by: [] } }
            nodes:
              agent: { type: human }
              orphan: { type: hangup }
            """).tree().orElseThrow();
        assertEquals(Set.of("agent"), IvrGraph.of(tree).reachable());
    }

    @Test void deadEndsAndDeadChannels() {
        assertTrue(acme.isDeadEnd(acme.tree().nodes().get("goodbye")));
        assertFalse(acme.isDeadEnd(acme.tree().nodes().get("pay-by-phone")));
        assertTrue(acme.isDeadChannel(acme.tree().nodes().get("email-us")));
        assertTrue(acme.isDeadChannel(acme.tree().nodes().get("call-back")), "routes back into its own tree");
    }

    @Test void dotMarksPeopleDeadEndsAndHiddenOptions() {
        String dot = GraphRenderer.dot(acme);
        assertTrue(dot.startsWith("digraph \"acme-telecom\" {"));
        assertTrue(dot.contains("  start -> n0;"), dot);
        assertTrue(dot.contains("n4 [label=\"operator\\nperson, hold 300 s\", fillcolor=\"#c8f2c2\", shape=ellipse];"), dot);
        assertTrue(dot.contains("n11 [label=\"goodbye\\nhangup: DEAD END\", fillcolor=\"#f7b9b4\"];"), dot);
        assertTrue(dot.contains("n8 [label=\"email-us\\nhandoff: DEAD CHANNEL\", fillcolor=\"#fbd38d\"];"), dot);
        assertTrue(dot.contains("n0 -> n3 [label=\"0 (hidden)\", style=dashed"), dot);
        assertTrue(dot.contains("n0 -> n0 [label=\"invalid\", style=dotted"), dot);
        assertTrue(dot.contains("n2 -> n3 [label=\"timeout\", style=dotted"), dot);
    }

    @Test void mermaidMarksTheSame() {
        String mermaid = GraphRenderer.mermaid(acme);
        assertTrue(mermaid.startsWith("flowchart LR\n"));
        assertTrue(mermaid.contains("n4([\"operator<br/>person, hold 300 s\"])"), mermaid);
        assertTrue(mermaid.contains("n0 -.->|\"0 (hidden)\"| n3"), mermaid);
        assertTrue(mermaid.contains("class n11 deadend"), mermaid);
        assertTrue(mermaid.contains("class n4 human"), mermaid);
    }

    @Test void renderersEscapeWhatTheTreeSays() {
        Tree tree = TreeLoader.load("t.yaml", """
            entry: "a\\"b<script>"
            intents: { x: { weight: 1, resolved_by: [] } }
            nodes:
              "a\\"b<script>": { type: menu, options: [ { key: "#", goto: "a\\"b<script>" } ] }
            """).tree().orElseThrow();
        IvrGraph g = IvrGraph.of(tree);
        String dot = GraphRenderer.dot(g);
        assertTrue(dot.contains("n0 [label=\"a\\\"b<script>\\nmenu\"];"), dot);
        assertTrue(dot.contains("n0 -> n0 [label=\"#\"]"), dot);
        String mermaid = GraphRenderer.mermaid(g);
        assertFalse(mermaid.contains("<script>"), mermaid);
        assertTrue(mermaid.contains("a#quot;b#lt;script#gt;"), mermaid);
    }

    @Test void aNodeNamedLikeTheDrawingsOwnStartStaysApart() {
        Tree tree = TreeLoader.load("t.yaml", """
            entry: main
            intents: { x: { weight: 1, resolved_by: [start] } }
            nodes:
              main: { type: menu, options: [ { key: 1, goto: start }, { key: 2, goto: __start } ] }
              start: { type: human }
              __start: { type: hangup }
            """).tree().orElseThrow();
        String dot = GraphRenderer.dot(IvrGraph.of(tree));
        assertTrue(dot.contains("  start -> n0;\n"), dot);
        assertTrue(dot.contains("n0 -> n1 [label=\"1\"]") && dot.contains("n0 -> n2 [label=\"2\"]"), dot);
        assertEquals(1, dot.lines().filter(l -> l.trim().startsWith("start [")).count(), dot);
    }
}
