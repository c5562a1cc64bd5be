package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Routes;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Thresholds;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the rules look at: the tree, its graph, the thresholds, and the routes from the entry
 * computed once for all rules. Also makes findings with the severity the run gives each rule.
 */
public final class AuditContext {
    private static final Pattern PERSON_WORDS = Pattern.compile(
        "\\b(agents?|representatives?|reps?|persons?|people|operators?|specialists?|associates?|advis[eo]rs?"
            + "|someone|somebody|humans?|team members?|live (help|support|assistance))\\b",
        Pattern.CASE_INSENSITIVE);

    private final IvrGraph graph;
    private final Thresholds thresholds;
    private final Map<String, Severity> severities;
    private final Routes announcedPresses;
    private final List<IntentFigures> figures;

    AuditContext(IvrGraph graph, Thresholds thresholds, Map<String, Severity> severities) {
        this.graph = graph;
        this.thresholds = thresholds;
        this.severities = severities;
        this.announcedPresses = Routes.from(graph, Routes.Measure.PRESSES, true);
        this.figures = StaticFigures.of(graph);
    }

    /** The static figures of every intent, in the tree's order. */
    public List<IntentFigures> figures() {
        return figures;
    }

    public Tree tree() {
        return graph.tree();
    }

    public IvrGraph graph() {
        return graph;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Fewest key presses from the entry, over announced options only. */
    public Routes announcedPresses() {
        return announcedPresses;
    }

    /** The menus a call can reach, in file order. */
    public List<Node.Menu> reachableMenus() {
        return tree().menus().stream().filter(m -> graph.reachable().contains(m.id())).toList();
    }

    /** The nodes a call can reach, in file order. */
    public List<Node> reachableNodes() {
        return tree().nodes().values().stream().filter(n -> graph.reachable().contains(n.id())).toList();
    }

    /** The ids of the human nodes, in file order. */
    public List<String> humans() {
        return tree().nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
    }

    /** Whether words promise a person: agent, representative, operator, someone, ... */
    public static boolean promisesPerson(String words) {
        return words != null && PERSON_WORDS.matcher(words).find();
    }

    /** Whether an option is how callers ask for a person: key 0 or a phrase such as "agent". */
    public static boolean isZeroOut(Option option) {
        return "0".equals(option.key()) || promisesPerson(option.phrase());
    }

    /** A finding of {@code rule} about a node, at the node. */
    Finding finding(Rule rule, Node node, String message) {
        return finding(rule, node.id(), node.at(), message);
    }

    /** A finding of {@code rule} about {@code subject}, at a position of its own. */
    Finding finding(Rule rule, String subject, SourcePosition at, String message) {
        return new Finding(rule.id(), severityOf(rule), subject, at, message);
    }

    Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }
}
