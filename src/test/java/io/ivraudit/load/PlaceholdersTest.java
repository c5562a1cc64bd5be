package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.JsonView;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Exports holding {@code {{...}}} template placeholders, which are no valid YAML until filled in:
 * read again with the placeholders masked, each comes back as written, an opaque name, at the
 * line and column it is written at; trees stay strict.
 */
class PlaceholdersTest {
    /** {@code {{prefix}}-Lambda:} as a key is what makes a real Genesys file fail to compose. */
    private static final String BROKEN_BY_A_KEY = "category:\n  {{prefix}}-Lambda:\n    dataAction: x\n";

    private static ExportDocument export(String text) {
        return ExportDocument.read("flow.yaml", text);
    }

    private static String text(Node node) {
        return ((ScalarNode) node).getValue();
    }

    @Test void aPlaceholderInValuePositionIsItsTextAtItsPosition() {
        ExportDocument document = export(BROKEN_BY_A_KEY + "name: {{flow_name}}\nqueue: {{ queue }} and more\n");
        assertEquals(List.of(), document.errors());
        JsonView root = JsonView.of(document.root().orElseThrow());
        assertEquals("{{flow_name}}", root.text("name").orElseThrow());
        assertEquals("{{ queue }} and more", root.text("queue").orElseThrow());
        assertEquals(new SourcePosition("flow.yaml", 4, 7), document.position(root.get("name").orElseThrow()));
        assertEquals(new SourcePosition("flow.yaml", 5, 8), document.position(root.get("queue").orElseThrow()));
    }

    @Test void aPlaceholderKeyIsItsText() {
        ExportDocument document = export(BROKEN_BY_A_KEY);
        MappingNode category = (MappingNode) JsonView.of(document.root().orElseThrow()).get("category").orElseThrow();
        NodeTuple only = category.getValue().get(0);
        assertEquals("{{prefix}}-Lambda", text(only.getKeyNode()));
        assertEquals(new SourcePosition("flow.yaml", 2, 3), document.position(only.getKeyNode()));
        assertEquals("x", JsonView.of(only.getValueNode()).text("dataAction").orElseThrow());
    }

    @Test void aPlaceholderInAFlowMappingIsOneScalar() {
        ExportDocument document = export(BROKEN_BY_A_KEY + "target: { queue: {{queue}}, flow: {{flow}} }\nlist: [{{a}}, b]\n");
        assertEquals(List.of(), document.errors());
        JsonView root = JsonView.of(document.root().orElseThrow());
        assertEquals("{{queue}}", root.object("target").text("queue").orElseThrow());
        assertEquals("{{flow}}", root.object("target").text("flow").orElseThrow());
        assertEquals(List.of("{{a}}", "b"), root.list("list").stream().map(PlaceholdersTest::text).toList());
        assertEquals(new SourcePosition("flow.yaml", 4, 18), document.position(root.object("target").get("queue").orElseThrow()));
    }

    @Test void aPlaceholderInsideAQuotedStringStaysAsWritten() {
        ExportDocument document = export(BROKEN_BY_A_KEY + "name: \"{{prefix}}-Call-Flow\"\nsecret: '{{ var }}'\n"
            + "say: \"Press {{ key }} for \\\"help\\\"\"\n");
        assertEquals(List.of(), document.errors());
        JsonView root = JsonView.of(document.root().orElseThrow());
        assertEquals("{{prefix}}-Call-Flow", root.text("name").orElseThrow());
        assertEquals("{{ var }}", root.text("secret").orElseThrow());
        assertEquals("Press {{ key }} for \"help\"", root.text("say").orElseThrow());
    }

    @Test void validYamlIsReadAsWrittenAndNotMasked() {
        ExportDocument document = export("name: \"{{ var }}\"\nplain: {{x}}\n");
        assertEquals(List.of(), document.errors());
        JsonView root = JsonView.of(document.root().orElseThrow());
        assertEquals("{{ var }}", root.text("name").orElseThrow());
        assertInstanceOf(MappingNode.class, root.get("plain").orElseThrow(), "valid YAML: a mapping of a mapping");
    }

    @Test void aFileBrokenForAnotherReasonKeepsItsOwnError() {
        ExportDocument document = export("name: {{x}}\nmenus: [a, b\n");
        assertTrue(document.root().isEmpty());
        assertEquals(1, document.errors().size());
        assertEquals(3, document.errors().get(0).at().line(), document.errors().toString());
    }

    @Test void aTreeWithPlaceholdersStaysStrict() {
        String tree = "entry: m\nnodes:\n  {{x}}-m: { type: hangup }\n";
        LoadResult loaded = TreeLoader.load("tree.yaml", tree);
        assertFalse(loaded.ok());
        assertTrue(loaded.errors().get(0).message().contains("expected"), loaded.errors().toString());
    }

    @Test void textAlreadyUsingThePrivateUseAreaIsNotMasked() {
        assertTrue(Placeholders.mask("a: \uE000\n{{x}}-y: 1\n").isEmpty());
        assertTrue(Placeholders.mask("a: b\n").isEmpty());
        String masked = Placeholders.mask("{{x}}-y: 1\n").orElseThrow();
        assertEquals("{{x}}-y: 1\n".length(), masked.length());
        assertFalse(masked.contains("{"));
    }
}
