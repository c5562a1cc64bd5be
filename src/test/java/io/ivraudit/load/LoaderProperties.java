package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.RandomTrees;
import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Transition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Loading, writing and graph-building agree on every generated tree. */
class LoaderProperties {
    private static final Pattern REFERENCE =
        Pattern.compile("(?<field>entry|goto|next|on_invalid|on_timeout|address): (?<name>\"[^\"]*\"|[^ ,}\\]\\n]+)");

    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees();
    }

    @Property(tries = 300)
    void everyGeneratedTreeLoads(@ForAll("trees") Tree tree) {
        LoadResult result = TreeLoader.load("generated.yaml", TreeWriter.write(tree));
        assertTrue(result.ok(), () -> result.errors() + "\n" + TreeWriter.write(tree));
    }

    @Property(tries = 300)
    void writeThenLoadGivesAnEqualModel(@ForAll("trees") Tree tree) {
        Tree loaded = TreeLoader.load("generated.yaml", TreeWriter.write(tree)).tree().orElseThrow();
        assertEquals(tree, loaded.withoutPositions());
    }

    @Property(tries = 200)
    void writeThenLoadGivesTheSameGraph(@ForAll("trees") Tree tree) {
        Tree loaded = TreeLoader.load("generated.yaml", TreeWriter.write(tree)).tree().orElseThrow();
        assertEquals(edges(IvrGraph.of(tree)), edges(IvrGraph.of(loaded)));
        assertEquals(IvrGraph.of(tree).graph().vertexSet(), IvrGraph.of(loaded).graph().vertexSet());
    }

    private static Set<String> edges(IvrGraph graph) {
        return graph.graph().edgeSet().stream()
            .map(t -> t.from() + " -" + t.kind() + ":" + t.label() + (t.hidden() ? "(hidden)" : "") + "-> " + t.to())
            .collect(Collectors.toSet());
    }

    @Provide Arbitrary<BrokenReference> brokenReferences() {
        return Combinators.combine(RandomTrees.trees(), Arbitraries.integers().between(0, 10_000))
            .as((tree, pick) -> BrokenReference.of(TreeWriter.write(tree), pick));
    }

    @Property(tries = 300)
    void aBrokenReferenceIsReportedWhereItIs(@ForAll("brokenReferences") BrokenReference broken) {
        LoadResult result = TreeLoader.load("broken.yaml", broken.yaml());
        assertTrue(result.errors().stream().anyMatch(e -> e.at().line() == broken.line()
                && e.at().column() == broken.column()
                && e.message().contains(broken.field() + " 'ghost-node' is not ")),
            () -> "expected an error at " + broken.line() + ":" + broken.column() + ", got " + result.errors()
                + "\n" + broken.yaml());
    }

    /** A written tree with one reference renamed to a name nobody declared. */
    record BrokenReference(String yaml, String field, int line, int column) {
        static BrokenReference of(String yaml, int pick) {
            List<Matcher> matches = new ArrayList<>();
            Matcher m = REFERENCE.matcher(yaml);
            while (m.find()) {
                matches.add((Matcher) REFERENCE.matcher(yaml).region(m.start(), yaml.length()));
            }
            Matcher chosen = matches.get(pick % matches.size());
            chosen.lookingAt();
            int start = chosen.start("name");
            String edited = yaml.substring(0, start) + "ghost-node" + yaml.substring(chosen.end("name"));
            int line = 1 + (int) yaml.substring(0, start).chars().filter(c -> c == '\n').count();
            int column = start - yaml.lastIndexOf('\n', start - 1);
            return new BrokenReference(edited, chosen.group("field"), line, column);
        }
    }
}
