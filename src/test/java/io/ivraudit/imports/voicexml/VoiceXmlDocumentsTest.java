package io.ivraudit.imports.voicexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents given together: a {@code next} to another document's dialog enters it at that dialog, not at its first. */
class VoiceXmlDocumentsTest {
    @Test void aLinkToAnotherDocumentsSecondDialogEntersThere() {
        String main = Vxml.wrap("""
            <menu id="main"><prompt>For sales press 1. For support press 2.</prompt>
              <choice dtmf="1" next="other.vxml">sales</choice>
              <choice dtmf="2" next="other.vxml#support">support</choice>
            </menu>""");
        String other = Vxml.wrap("""
            <form id="sales"><block><prompt>Sales is closed.</prompt><disconnect/></block></form>
            <form id="support"><transfer name="operator" dest="tel:+15550100"><prompt>Connecting you to an operator.</prompt></transfer></form>""");
        Imported imported = FlowImporter.lower(List.of(Vxml.flow("main.vxml", main), Vxml.flow("other.vxml", other)),
            ImportOptions.DEFAULTS);
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        Tree tree = imported.tree().orElseThrow();
        Node.Menu menu = (Node.Menu) tree.nodes().get(tree.entry());
        String toSales = menu.options().stream().filter(o -> "1".equals(o.key())).findFirst().orElseThrow().goTo();
        String toSupport = menu.options().stream().filter(o -> "2".equals(o.key())).findFirst().orElseThrow().goTo();
        assertTrue(tree.nodes().get(toSales).say().orElse("").contains("Sales is closed"), toSales);
        assertTrue(tree.nodes().get(toSupport).say().orElse("").contains("operator"), toSupport + " " + tree.nodes().get(toSupport));
        assertEquals(1, tree.nodes().values().stream().filter(n -> n instanceof Node.Human).count());
    }
}
