package io.ivraudit.imports.studio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Test helpers: a Studio export (a file or inline JSON) parsed, lowered, and looked into. */
final class Studio {
    static final TwilioStudio PLATFORM = new TwilioStudio();

    private Studio() {}

    /** A flow definition whose trigger sends calls to {@code first}, with these states (JSON objects, comma separated). */
    static String flow(String first, String states) {
        return """
            { "description": "test", "states": [
              { "name": "Trigger", "type": "trigger",
                "transitions": [ { "event": "incomingMessage" }, { "event": "incomingCall", "next": "%s" } ] },
            %s
              ], "initial_state": "Trigger", "flags": { "allow_concurrent_calls": true } }
            """.formatted(first, states);
    }

    static Platform.Parsed parse(String json) {
        return PLATFORM.parse(ExportDocument.read("flow.json", json));
    }

    /** Parsed and lowered with the defaults; the file must parse. */
    static Imported lower(String json) {
        return lowered(parse(json));
    }

    static Imported lower(Path file) {
        return lowered(PLATFORM.parse(ExportDocument.read(file)));
    }

    private static Imported lowered(Platform.Parsed parsed) {
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        return FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
    }

    static Tree tree(Imported imported) {
        return imported.tree().orElseThrow();
    }

    static Node.Menu menu(Imported imported, String nodeId) {
        return (Node.Menu) node(imported, nodeId);
    }

    static Node node(Imported imported, String nodeId) {
        return Objects.requireNonNull(tree(imported).nodes().get(nodeId), "no node '" + nodeId + "'");
    }

    /** The option keyed {@code key} of a menu. */
    static Option option(Node.Menu menu, String key) {
        return menu.options().stream().filter(o -> key.equals(o.key())).findFirst()
            .orElseThrow(() -> new AssertionError("menu '" + menu.id() + "' has no key " + key));
    }

    static List<String> keys(Node.Menu menu) {
        return menu.options().stream().map(Option::key).filter(Objects::nonNull).toList();
    }

    static List<String> phrases(Node.Menu menu) {
        return menu.options().stream().map(Option::phrase).filter(Objects::nonNull).toList();
    }

    /** The report lines of one block whose exit names {@code exit} (a part of it). */
    static List<ImportReport.Line> lines(Imported imported, String block, String exit) {
        return imported.report().lines().stream()
            .filter(l -> l.block().equals(block) && l.exit().contains(exit)).toList();
    }

    /** The one report line of a block whose exit names {@code exit}, and whose detail says {@code detail}. */
    static ImportReport.Line line(Imported imported, String block, String exit, String detail) {
        return lines(imported, block, exit).stream().filter(l -> l.detail().contains(detail)).findFirst()
            .orElseThrow(() -> new AssertionError("no line for '" + block + "' / '" + exit + "' saying '" + detail
                + "' in " + lines(imported, block, "")));
    }
}
