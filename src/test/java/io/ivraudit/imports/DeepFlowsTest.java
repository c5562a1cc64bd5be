package io.ivraudit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A long chain of blocks without a menu lowers; the lowering follows it by recursion on a deep stack. */
class DeepFlowsTest {
    private static Flow chain(int length) {
        SourcePosition at = SourcePosition.startOf("deep.json");
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            blocks.put("b" + i, new Block("b" + i, "Play", new Step.Play("Step " + i + ".", false),
                List.of(Exit.to(Exit.Kind.NEXT, "", "b" + (i + 1), at)), at));
        }
        blocks.put("b" + length, new Block("b" + length, "Person", new Step.Person("desk"), List.of(), at));
        return new Flow("Test", "deep.json", "deep", "b0", blocks, Set.of("deep"));
    }

    @Test void twentyThousandBlocksInARowLowerWithoutACrash() {
        Imported imported = FlowImporter.lowerOnDeepStack(List.of(chain(20_000)), ImportOptions.DEFAULTS, List.of());
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        assertEquals(20_001, imported.tree().orElseThrow().nodes().size());
    }
}
