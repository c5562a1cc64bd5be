package io.ivraudit.report;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.text.Printable;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a tree as Graphviz DOT or a Mermaid flowchart. People are green, dead ends red,
 * handoffs to addresses that go nowhere orange; hidden options are dashed and say so, invalid
 * and silent choices dotted. Cost: O(nodes + transitions).
 */
public final class GraphRenderer {
    private GraphRenderer() {}

    /**
     * The tree as a Graphviz {@code digraph}. Nodes are drawn as {@code n0}, {@code n1}, ... with
     * their ids as labels, so no id can collide with the drawing's own {@code start} point.
     */
    public static String dot(IvrGraph g) {
        Map<String, String> ids = drawingIds(g);
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(dotText(Printable.of(g.tree().id()))).append(" {\n");
        out.append("  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        out.append("  start [shape=point, label=\"\"];\n");
        out.append("  start -> ").append(ids.get(g.tree().entry())).append(";\n");
        for (Node node : g.tree().nodes().values()) {
            Mark mark = Mark.of(g, node);
            out.append("  ").append(ids.get(node.id())).append(" [label=").append(dotText(label(node, mark, "\n")));
            if (mark != Mark.PLAIN) {
                out.append(", fillcolor=\"").append(mark.colour).append('"');
            }
            if (node instanceof Node.Human) {
                out.append(", shape=ellipse");
            }
            if (!g.reachable().contains(node.id())) {
                out.append(", color=\"#999999\", fontcolor=\"#999999\"");
            }
            out.append("];\n");
        }
        for (Transition t : g.graph().edgeSet()) {
            out.append("  ").append(ids.get(t.from())).append(" -> ").append(ids.get(t.to()))
                .append(" [label=").append(dotText(edgeLabel(t)));
            if (t.hidden()) {
                out.append(", style=dashed, color=\"#c0392b\", fontcolor=\"#c0392b\"");
            } else if (t.fallback()) {
                out.append(", style=dotted, color=\"#888888\"");
            }
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** The tree as a Mermaid {@code flowchart}. */
    public static String mermaid(IvrGraph g) {
        Map<String, String> ids = drawingIds(g);
        StringBuilder out = new StringBuilder("flowchart LR\n");
        out.append("  start((start)) --> ").append(ids.get(g.tree().entry())).append('\n');
        for (Node node : g.tree().nodes().values()) {
            String text = mermaidText(label(node, Mark.of(g, node), "\n")).replace("\n", "<br/>");
            out.append("  ").append(ids.get(node.id()))
                .append(node instanceof Node.Human ? "([" + text + "])" : "[" + text + "]").append('\n');
        }
        int index = 0;
        StringBuilder styles = new StringBuilder();
        for (Transition t : g.graph().edgeSet()) {
            String arrow = t.hidden() || t.fallback() ? " -.->" : " -->";
            out.append("  ").append(ids.get(t.from())).append(arrow).append('|')
                .append(mermaidText(edgeLabel(t))).append("| ").append(ids.get(t.to())).append('\n');
            if (t.hidden()) {
                styles.append("  linkStyle ").append(index + 1).append(" stroke:#c0392b,color:#c0392b\n");
            }
            index++;
        }
        out.append(styles);
        for (Mark mark : Mark.values()) {
            if (mark != Mark.PLAIN) {
                out.append("  classDef ").append(mark.name().toLowerCase()).append(" fill:").append(mark.colour)
                    .append(",stroke:#333\n");
            }
        }
        for (Node node : g.tree().nodes().values()) {
            Mark mark = Mark.of(g, node);
            if (mark != Mark.PLAIN) {
                out.append("  class ").append(ids.get(node.id())).append(' ').append(mark.name().toLowerCase()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code n0}, {@code n1}, ... for the nodes in the order the tree lists them. */
    private static Map<String, String> drawingIds(IvrGraph g) {
        Map<String, String> ids = new HashMap<>();
        g.tree().nodes().keySet().forEach(id -> ids.put(id, "n" + ids.size()));
        return ids;
    }

    /** What a node is, as the picture marks it. */
    private enum Mark {
        PLAIN(""), HUMAN("#c8f2c2"), DEADEND("#f7b9b4"), DEADCHANNEL("#fbd38d");

        final String colour;

        Mark(String colour) {
            this.colour = colour;
        }

        static Mark of(IvrGraph g, Node node) {
            if (node instanceof Node.Human) {
                return HUMAN;
            }
            if (g.isDeadEnd(node)) {
                return DEADEND;
            }
            return g.isDeadChannel(node) ? DEADCHANNEL : PLAIN;
        }
    }

    private static String label(Node node, Mark mark, String newline) {
        String detail = switch (mark) {
            case HUMAN -> "person, hold " + Math.round(((Node.Human) node).holdSeconds()) + " s";
            case DEADEND -> node.type() + ": DEAD END";
            case DEADCHANNEL -> "handoff: DEAD CHANNEL";
            case PLAIN -> node.type();
        };
        return Printable.of(node.id()) + newline + detail;
    }

    private static String edgeLabel(Transition t) {
        return switch (t.kind()) {
            case OPTION -> Printable.of(t.label()) + (t.hidden() ? " (hidden)" : "");
            case INVALID -> "invalid";
            case TIMEOUT -> "timeout";
            case NEXT -> "";
            case BRANCH -> t.label().substring(0, t.label().indexOf(' '));
        };
    }

    private static String dotText(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String mermaidText(String s) {
        return "\"" + s.replace("#", "#35;").replace("\"", "#quot;").replace("|", "#124;")
            .replace("<", "#lt;").replace(">", "#gt;") + "\"";
    }
}
