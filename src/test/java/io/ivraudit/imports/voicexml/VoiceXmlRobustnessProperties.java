package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Documents with shapes nobody has written, made of VoiceXML's own words (its elements, their
 * attributes, event names, conditions, URIs, grammars), nested at random and sometimes cut short:
 * reading one never throws, and gives flows (which lower to a tree that loads, with every exit of
 * every block a call reaches in the report) or errors with a line and a column, never both.
 */
class VoiceXmlRobustnessProperties {
    private static final List<String> ELEMENTS = List.of("menu", "form", "field", "block", "choice", "option", "prompt",
        "audio", "value", "enumerate", "goto", "submit", "if", "elseif", "else", "filled", "noinput", "nomatch", "catch",
        "help", "error", "link", "grammar", "rule", "one-of", "item", "tag", "transfer", "subdialog", "return", "record",
        "disconnect", "exit", "reprompt", "throw", "clear", "var", "assign", "log", "property", "initial", "object",
        "break", "script", "data", "foreach", "say-as", "vendor");
    private static final List<String> ATTRIBUTES = List.of("id", "name", "next", "expr", "nextitem", "expritem", "dtmf",
        "event", "count", "cond", "src", "srcexpr", "dest", "destexpr", "mode", "type", "value", "namelist", "scope",
        "root", "timeout", "bridge", "eventexpr", "accept");
    private static final List<String> VALUES = List.of("m", "f", "x", "#m", "#f", "#x", "#nowhere", "other.vxml",
        "other.vxml#m", "main.vxml#f", "1", "2", "0", "*", "#", "12", "", " ", "true", "false", "dtmf", "voice",
        "document", "nomatch", "noinput", "noinput nomatch", "error", "error.badfetch", "help", "x == 'a'", "x != 1",
        "!(x == 'b') && y", "((((", "'#' + application.v", "a + + b", "'", "builtin:dtmf/digits?length=1",
        "builtin:boolean", "grammar.grxml", "tel:+15550100", "sip:agent@example.com", "30s", "500ms", "-1", "NaN",
        "x y", "all", "any", "operator", "3", "99999999999");
    private static final List<String> TEXT = List.of("Press 1 for sales.", "For support, press 2.", "operator", "yes",
        "", "  ", "agent", "sales", "Goodbye.", "_prompt", "&amp;", "&lt;", "\u202e");

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 600)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        StringBuilder xml = new StringBuilder(random.nextInt(5) == 0 ? "" : "<?xml version=\"1.0\"?>\n");
        xml.append("<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\">");
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            element(random, xml, 0, random.nextBoolean() ? "menu" : random.nextBoolean() ? "form" : null);
        }
        xml.append("</vxml>");
        String text = random.nextInt(8) == 0 ? xml.substring(0, random.nextInt(xml.length())) : xml.toString();
        Platform.Parsed parsed = Vxml.parse(random.nextBoolean() ? "main.vxml" : "shape.xml", text);
        assertFalse(!parsed.flows().isEmpty() && !parsed.errors().isEmpty(), "flows or errors, not both");
        parsed.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        if (!parsed.flows().isEmpty()) {
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
            assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(imported.tree().orElseThrow())).ok(), text);
            List<String> unreported = ReportWalk.walk(parsed.flows(), parsed.flows().get(0), imported.report()).unreported();
            assertTrue(unreported.isEmpty(), "dropped silently: " + unreported + "\n" + text);
        }
    }

    private static void element(Random random, StringBuilder xml, int depth, String forced) {
        String name = forced != null ? forced : ELEMENTS.get(random.nextInt(ELEMENTS.size()));
        xml.append('<').append(name);
        Set<String> written = new HashSet<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            String attribute = ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()));
            if (written.add(attribute)) {
                xml.append(' ').append(attribute).append("=\"").append(escape(VALUES.get(random.nextInt(VALUES.size()))))
                    .append('"');
            }
        }
        if (name.equals("vendor")) {
            xml.append(" xmlns=\"urn:vendor\"");
        }
        xml.append('>');
        int children = depth > 5 ? 0 : random.nextInt(depth < 2 ? 6 : 3);
        for (int c = 0; c < children; c++) {
            if (random.nextInt(3) == 0) {
                xml.append(TEXT.get(random.nextInt(TEXT.size())).replace("&", random.nextInt(4) == 0 ? "&" : "&amp;"));
            } else {
                element(random, xml, depth + 1, null);
            }
        }
        xml.append("</").append(name).append('>');
    }

    /** Attribute values as XML needs them. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
