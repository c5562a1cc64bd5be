package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The JSON Schema editors use stays in step with the loader: both accept and both reject. */
class SchemaTest {
    private static final Path SCHEMA = Path.of("trees/ivr-tree.schema.json");
    private static JsonSchema schema;

    private static final String BASE = """
        tree: t
        entry: m
        caller: { patience: 5 }
        costs: { agent_per_minute: 1 }
        intents:
          billing: { weight: 1, resolved_by: [agent] }
        addresses:
          help@x.example: { channel: email, replies: monitored }
          "+18005550100": { channel: phone }
        nodes:
          m:
            type: menu
            say: Hello.
            options:
              - { key: "1", say: "Press 1.", intents: [billing], goto: agent }
              - { key: 2, phrase: help, goto: email }
            on_invalid: m
          agent: { type: human, queue: q, hold_seconds: 30, skills: [billing] }
          self: { type: self_service, say: Hi., next: bye }
          msg: { type: message, say: Hi., next: bye }
          email: { type: handoff, address: help@x.example }
          bye: { type: hangup, say: Bye. }
          hours: { type: branch, branches: [ { share: 0.5, goto: agent }, { share: 0.5, goto: bye } ] }
        """;

    @BeforeAll static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> schemaErrors(String yaml) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        JsonNode json = new ObjectMapper().valueToTree(data);
        return schema.validate(json);
    }

    static Stream<Path> sampleTrees() throws IOException {
        return Files.list(Path.of("trees")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest @MethodSource("sampleTrees")
    void everySampleTreeValidatesAgainstTheSchema(Path tree) throws IOException {
        String text = Files.readString(tree);
        assertTrue(text.startsWith("# yaml-language-server: $schema=ivr-tree.schema.json\n"),
            tree + " must reference the schema on its first line");
        assertTrue(schemaErrors(text).isEmpty(), () -> tree + ": " + schemaErrors(text));
        assertTrue(TreeLoader.load(tree).ok(), () -> TreeLoader.load(tree).errors().toString());
    }

    static Stream<Path> variantFiles() throws IOException {
        return Files.list(Path.of("trees/variants")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest @MethodSource("variantFiles")
    void everySampleVariantValidatesAgainstTheSchemaAndLoads(Path variant) throws IOException {
        String text = Files.readString(variant);
        assertTrue(schemaErrors(text).isEmpty(), () -> variant + ": " + schemaErrors(text));
        assertTrue(TreeLoader.load(variant).ok(), () -> TreeLoader.load(variant).errors().toString());
    }

    @Test void theBaseOfTheEditsBelowIsValidForBoth() {
        assertTrue(TreeLoader.load("t.yaml", BASE).ok(), () -> TreeLoader.load("t.yaml", BASE).errors().toString());
        assertTrue(schemaErrors(BASE).isEmpty(), () -> schemaErrors(BASE).toString());
    }

    /** Edits of BASE (from, to) that the loader rejects, one at every level of the format. */
    static List<Arguments> rejectedEdits() {
        return List.of(
            Arguments.of("tree: t", "tree: t\ncolour: red"),
            Arguments.of("caller: { patience: 5 }", "caller: { patience: 5, mood: grumpy }"),
            Arguments.of("caller: { patience: 5 }", "caller: { patience: 0 }"),
            Arguments.of("caller: { patience: 5 }", "caller: { savvy: 2 }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_second: 60 }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1, calls_per_day: 900 }\n"
                + "queues: { q: { agents: -1 } }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1, calls_per_day: 900 }\n"
                + "queues: { q: { agents: 3, skill: billing } }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1, calls_per_day: 900 }\n"
                + "queues: { q: { agents: [] } }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1 }\nday: { open_hours: 30 }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1 }\nday: { profile: [1.5] }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1 }\nservice: { level: 2 }"),
            Arguments.of("costs: { agent_per_minute: 1 }", "costs: { agent_per_minute: 1 }\nservice: { target: 20 }"),
            Arguments.of("caller: { patience: 5 }", "caller: { redial: 1 }"),
            Arguments.of("{ weight: 1, resolved_by: [agent] }", "{ weight: 1, resolved: [agent] }"),
            Arguments.of("{ weight: 1, resolved_by: [agent] }", "{ weight: 0, resolved_by: [agent] }"),
            Arguments.of("{ weight: 1, resolved_by: [agent] }", "{ resolved_by: [agent] }"),
            Arguments.of("{ channel: email, replies: monitored }", "{ channel: email }"),
            Arguments.of("{ channel: email, replies: monitored }", "{ channel: fax, replies: monitored }"),
            Arguments.of("{ channel: email, replies: monitored }", "{ channel: email, replies: none, routes_to: t }"),
            Arguments.of("{ channel: phone }", "{ channel: phone, replies: sometimes }"),
            Arguments.of("    say: Hello.", "    greeting: Hello."),
            Arguments.of("    on_invalid: m", "    on_invalid: m\n    next: m"),
            Arguments.of("{ key: \"1\", say: \"Press 1.\"", "{ key: \"12\", say: \"Press 1.\""),
            Arguments.of("{ key: \"1\", say: \"Press 1.\"", "{ key: 08, say: \"Press 1.\""),
            Arguments.of("{ key: \"1\", say: \"Press 1.\"", "{ key: no, say: \"Press 1.\""),
            Arguments.of("{ key: \"1\", say: \"Press 1.\"", "{ key: \"1\", colour: red, say: \"Press 1.\""),
            Arguments.of("{ key: 2, phrase: help, goto: email }", "{ goto: email }"),
            Arguments.of("{ key: 2, phrase: help, goto: email }", "{ key: 2 }"),
            Arguments.of("{ key: 2, phrase: help, goto: email }", "{ key: 2, goto: email, hidden: maybe }"),
            Arguments.of("queue: q, hold_seconds: 30", "queue: q, hold_seconds: -30"),
            Arguments.of("queue: q, hold_seconds: 30", "queue: q, hold: 30"),
            Arguments.of("{ type: self_service, say: Hi., next: bye }", "{ type: self_service, address: help@x.example }"),
            Arguments.of("{ type: message, say: Hi., next: bye }", "{ type: message, say: Hi. }"),
            Arguments.of("{ type: handoff, address: help@x.example }", "{ type: handoff }"),
            Arguments.of("{ type: hangup, say: Bye. }", "{ type: hangup, next: m }"),
            Arguments.of("{ type: hangup, say: Bye. }", "{ type: goodbye }"),
            Arguments.of("{ share: 0.5, goto: agent }", "{ share: 0, goto: agent }"),
            Arguments.of("{ share: 0.5, goto: agent }", "{ share: 0.5, to: agent }"),
            Arguments.of("    options:\n", "    options: []\n    old_options:\n"),
            Arguments.of("nodes:", "nodes: {}\nold_nodes:"),
            Arguments.of("tree: t", "tree: t\nremove: [bye]"),
            Arguments.of("entry: m\n", ""));
    }

    @ParameterizedTest @MethodSource("rejectedEdits")
    void whatTheLoaderRejectsTheSchemaRejects(String from, String to) {
        assertTrue(BASE.contains(from), "the edit must apply: " + from);
        String yaml = BASE.replace(from, to);
        assertFalse(TreeLoader.load("t.yaml", yaml).ok(), "the loader must reject: " + to);
        assertFalse(schemaErrors(yaml).isEmpty(), "the schema must reject: " + to);
    }
}
