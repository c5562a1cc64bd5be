package io.ivraudit.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.RandomTrees;
import io.ivraudit.load.Bases;
import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ranking, diffs and suggestions on generated trees. */
class RankProperties {
    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees(20);
    }

    @Property(tries = 60)
    void aVariantIdenticalToItsBaseTiesWithItUnderCommonRandomNumbers(@ForAll("trees") Tree tree) {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(new Variant("base", "as it is", tree),
            new Variant("copy", "the same", tree)), Objective.COST, new Method.Sampled(9000, 5, 2));
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertEquals(0.0, ranked.get(0).versusBase());
        assertEquals(0.0, ranked.get(1).versusBase());
    }

    @Property(tries = 200)
    void diffOfATreeWithItselfReportsNoChange(@ForAll("trees") Tree tree) {
        Tree reloaded = TreeLoader.load("again.yaml", TreeWriter.write(tree)).tree().orElseThrow();
        assertEquals(List.of(), TreeDiff.changes(tree, reloaded));
    }

    @Property(tries = 60)
    void everySuggestedVariantLoadsAndValidatesAsTheSameTree(@ForAll("trees") Tree tree) throws IOException {
        Path dir = Files.createTempDirectory("suggest");
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, TreeWriter.write(tree));
        Tree loadedBase = TreeLoader.load(base).tree().orElseThrow();
        for (Variant v : Redesigns.suggest(loadedBase, AuditConfig.DEFAULTS, Objective.COST, Method.EXACT, Roster.AS_WRITTEN)) {
            Path file = dir.resolve(v.tree().id() + ".yaml");
            Files.writeString(file, TreeWriter.writeVariant(loadedBase, v.tree(), "base.yaml", List.of(v.changes())));
            LoadResult result = TreeLoader.load(file, Bases.anywhere());
            assertTrue(result.ok(), () -> v.name() + ": " + result.errors() + "\n" + TreeWriter.writeVariant(loadedBase,
                v.tree(), "base.yaml", List.of()));
            assertEquals(v.tree().withoutPositions(), result.tree().orElseThrow().withoutPositions(), v.name());
        }
    }
}
