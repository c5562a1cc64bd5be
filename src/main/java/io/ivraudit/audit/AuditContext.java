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
 * What the rules look at: the tree, its graph, the thresholds, and the routes from the entry and
 * the reachable menus and nodes, computed once for all rules (O(nodes + transitions) with the
 * routes' Dijkstra). Also makes findings with the severity the run gives each rule.
 */
public final class AuditContext {
    private static final String PERSON_NOUNS = "agents?|representatives?|reps?|persons?|people|operators?|specialists?"
        + "|associates?|advis[eo]rs?|someone|somebody|humans?|team members?|live (help|support|assistance)";
    private static final Pattern PERSON_WORDS = Pattern.compile("\\b(" + PERSON_NOUNS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** An offer of contact: a verb of reaching someone, then a person within a few words; or "for an agent". */
    private static final Pattern OFFER = Pattern.compile("\\b(speak|talk|chat|connect(ed)?|transfer(red)?|put\\s+through"
        + "|routed?|reach)\\b(\\W+[\\w']+){0,5}?\\W+(" + PERSON_NOUNS + ")\\b"
        + "|\\bfor\\s+(an?|the|our)?\\s*(live\\s+)?(agent|representative|rep|operator|person|human|specialist|associate"
        + "|advis[eo]r|someone)\\b", Pattern.CASE_INSENSITIVE);

    private final IvrGraph graph;
    private final Thresholds thresholds;
    private final Map<String, Severity> severities;
    private final Routes announcedPresses;
    private final List<IntentFigures> figures;
    private final List<Node> reachableNodes;
    private final List<Node.Menu> reachableMenus;
    private final List<String> humans;

    AuditContext(IvrGraph graph, Thresholds thresholds, Map<String, Severity> severities) {
        this.graph = graph;
        this.thresholds = thresholds;
        this.severities = severities;
        this.announcedPresses = Routes.from(graph, Routes.Measure.PRESSES, true);
        this.figures = StaticFigures.of(graph, announcedPresses);
        this.reachableNodes = tree().nodes().values().stream().filter(n -> graph.reachable().contains(n.id())).toList();
        this.reachableMenus = reachableNodes.stream().filter(Node.Menu.class::isInstance).map(Node.Menu.class::cast).toList();
        this.humans = tree().nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).toList();
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
        return reachableMenus;
    }

    /** The nodes a call can reach, in file order. */
    public List<Node> reachableNodes() {
        return reachableNodes;
    }

    /** The ids of the human nodes, in file order. */
    public List<String> humans() {
        return humans;
    }

    /**
     * Whether an option's words offer contact with a person ("to speak with an agent",
     * "be connected to a representative", "for an operator"): the bare word is no promise ("rate
     * the jokes that humans submitted").
     */
    public static boolean offersPerson(String words) {
        return words != null && OFFER.matcher(words).find();
    }

    /**
     * What a caller who does not choose an option does at this menu, in words, with silence when
     * it goes the same way: "a wrong key" at a key menu, "an unrecognised answer" at a speech
     * menu, "a wrong key or answer" where it takes both.
     */
    public static String wrongInput(Node.Menu menu, boolean orSilence) {
        boolean keys = menu.options().stream().anyMatch(o -> o.key() != null);
        boolean phrases = menu.options().stream().anyMatch(o -> o.phrase() != null);
        String wrong = keys && phrases ? "a wrong key or answer" : keys ? "a wrong key" : "an unrecognised answer";
        return orSilence ? wrong + (keys && phrases ? ", or silence" : " or silence") : wrong;
    }

    /** Whether a spoken choice names a person ("agent", "representative"): what a caller says to ask for one. */
    public static boolean namesPerson(String phrase) {
        return phrase != null && PERSON_WORDS.matcher(phrase).find();
    }

    /** Whether an option is how callers ask for a person: key 0 or a phrase such as "agent". */
    public static boolean isZeroOut(Option option) {
        return "0".equals(option.key()) || namesPerson(option.phrase());
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
