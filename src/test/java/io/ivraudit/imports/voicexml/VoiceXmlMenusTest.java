package io.ivraudit.imports.voicexml;

import static io.ivraudit.imports.voicexml.Vxml.flow;
import static io.ivraudit.imports.voicexml.Vxml.goTo;
import static io.ivraudit.imports.voicexml.Vxml.line;
import static io.ivraudit.imports.voicexml.Vxml.lower;
import static io.ivraudit.imports.voicexml.Vxml.menu;
import static io.ivraudit.imports.voicexml.Vxml.node;
import static io.ivraudit.imports.voicexml.Vxml.tree;
import static io.ivraudit.imports.voicexml.Vxml.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <menu>}, {@code <choice>}, {@code <enumerate>}, {@code <link>} and transitions between dialogs and documents. */
class VoiceXmlMenusTest {
    private static final String FORMS = """
        <form id="sales"><block>Sales here.<disconnect/></block></form>
        <form id="support"><block>Support here.<disconnect/></block></form>
        <form id="operator"><transfer dest="tel:+15550100"><prompt>Connecting you to an operator.</prompt></transfer></form>
        """;

    /** VoiceXML 2.0 section 2.2.1: dtmf="true" numbers the first nine choices without a dtmf of their own, in order. */
    @Test void dtmfTrueNumbersTheFirstNineChoices() {
        StringBuilder body = new StringBuilder("<menu id=\"m\" dtmf=\"true\"><prompt>Pick one.</prompt>\n");
        for (int i = 1; i <= 11; i++) {
            body.append(i == 3 ? "<choice dtmf=\"0\" next=\"#support\">zero choice</choice>\n"
                : "<choice next=\"#sales\">choice " + i + "</choice>\n");
        }
        Tree tree = tree(body + "</menu>" + FORMS);
        Node.Menu menu = menu(tree, "m");
        assertEquals(List.of("1", "2", "0", "3", "4", "5", "6", "7", "8", "9"), menu.options().stream()
            .map(Option::key).filter(k -> k != null).toList());
        Option eleventh = menu.options().stream().filter(o -> "choice 11".equals(o.phrase())).findFirst().orElseThrow();
        assertNull(eleventh.key(), "choices past the ninth without a dtmf of their own have no key");
    }

    /** A choice's text is its speech grammar: a key and the words lead to the same place, as one option. */
    @Test void aChoiceIsItsKeyAndItsWords() {
        Tree tree = tree("""
            <menu id="m"><prompt>For sales, press 1. For support, say support.</prompt>
              <choice dtmf="1" next="#sales">sales</choice>
              <choice next="#support">support</choice>
            </menu>""" + FORMS);
        Node.Menu menu = menu(tree, "m");
        assertEquals("1", menu.options().get(0).key());
        assertEquals("sales", menu.options().get(0).phrase());
        assertEquals("For sales, press 1.", menu.options().get(0).say());
        assertEquals("support", menu.options().get(1).phrase());
        assertFalse(menu.options().get(1).hidden(), "the prompt mentions support");
        assertEquals("Sales here.", node(tree, menu.options().get(0).goTo(), Node.Hangup.class).sayText());
    }

    /** A menu with no key at all is a speech menu: callers say what they want, no phrase is hidden. */
    @Test void aMenuWithoutKeysIsASpeechMenu() {
        Flow flow = flow("""
            <menu id="m"><prompt>How can I help?</prompt>
              <choice next="#sales">buy something</choice><choice next="#support">fix something</choice>
            </menu>""" + FORMS);
        assertTrue(((Step.Ask) flow.blocks().get("m").step()).speech());
        Node.Menu menu = menu(tree(lower(flow)), "m");
        assertTrue(menu.options().stream().noneMatch(Option::hidden));
    }

    /** {@code <enumerate>} with a template says each choice's words and key; without one, each choice's words. */
    @Test void enumerateAnnouncesTheChoices() {
        Node.Menu keyed = menu(tree("""
            <menu id="m" dtmf="true"><prompt>Welcome. <enumerate>For <value expr="_prompt"/>, press <value expr="_dtmf"/>.</enumerate></prompt>
              <choice next="#sales">sales</choice><choice next="#support">support</choice>
            </menu>""" + FORMS), "m");
        assertEquals(List.of("For sales, press 1.", "For support, press 2."), keyed.options().stream().map(Option::say).toList());
        assertTrue(keyed.options().stream().noneMatch(Option::hidden));
        assertEquals("Welcome.", keyed.sayText());
        Node.Menu spoken = menu(tree("""
            <menu id="m"><prompt>Say one of: <enumerate/></prompt>
              <choice next="#sales">sales</choice><choice next="#support">support</choice>
            </menu>""" + FORMS), "m");
        assertTrue(spoken.options().stream().noneMatch(Option::hidden));
    }

    /** A choice's next naming no dialog is kept and reported: the call ends there (error.badfetch). */
    @Test void aChoiceToAnUnknownDialogIsReportedNotDropped() {
        Imported imported = lower(flow("""
            <menu id="m"><prompt>Press 1 for sales. Press 2 for nowhere.</prompt>
              <choice dtmf="1" next="#sales"/><choice dtmf="2" next="#nowhere"/>
            </menu>""" + FORMS));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, "m");
        assertInstanceOf(Node.Hangup.class, goTo(tree, menu, "2"));
        assertEquals("leads to '#nowhere', which is not in the flow; the call ends ('call-ends')",
            line(imported, "m", "key 2").detail());
        assertEquals(Fate.CUT, line(imported, "m", "key 2").fate());
    }

    /** {@code expr} is read when it is literals and variables the document sets once; else its target is computed at run time. */
    @Test void exprTargetsAreReadWhenTheyAreConstants() {
        Imported imported = lower(flow("""
            <var name="dept" expr="'sales'"/>
            <menu id="m"><prompt>Press 1 for sales. Press 2 for something.</prompt>
              <choice dtmf="1" expr="'#' + application.dept"/><choice dtmf="2" expr="nextPage()"/>
            </menu>""" + FORMS));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, "m");
        assertEquals("Sales here.", assertInstanceOf(Node.Hangup.class, goTo(tree, menu, "1")).sayText());
        assertTrue(lines(imported, "a target computed at run time: nextPage()"), imported.report().lines().toString());
    }

    private static boolean lines(Imported imported, String exit) {
        return imported.report().lines().stream().anyMatch(l -> l.exit().contains(exit));
    }

    /** A choice that throws an event goes to that event's handler, and back to the menu when the handler has no transition. */
    @Test void aChoiceThatThrowsAnEventRunsItsHandler() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1 for sales. Press 9 for help.</prompt>
              <choice dtmf="1" next="#sales"/><choice dtmf="9" event="help"/>
              <help>You can press 1 for sales.</help>
            </menu>""" + FORMS);
        Node.Menu menu = menu(tree, "m");
        Node.Message help = assertInstanceOf(Node.Message.class, goTo(tree, menu, "9"));
        assertEquals("You can press 1 for sales.", help.sayText());
        assertEquals("m", help.next());
    }

    /** Document-level links work from every dialog: an option of every menu and field that does not use their key. */
    @Test void documentLinksAreOptionsOfEveryMenu() {
        Tree tree = tree("""
            <link dtmf="0" next="#operator"/>
            <menu id="m"><prompt>Press 1 for more. Press 2 to answer.</prompt><choice dtmf="1" next="#more"/>
              <choice dtmf="2" next="#ask"/></menu>
            <menu id="more"><prompt>Press 0 for sales.</prompt><choice dtmf="0" next="#sales"/></menu>
            <form id="ask"><field name="f"><prompt>Yes or no?</prompt><option dtmf="1">yes</option></field></form>
            """ + FORMS);
        Node.Menu main = menu(tree, "m");
        Option zero = main.options().stream().filter(o -> "0".equals(o.key())).findFirst().orElseThrow();
        assertTrue(zero.hidden(), "the link is never announced at m");
        assertInstanceOf(Node.Message.class, tree.nodes().get(zero.goTo()));
        assertEquals("Sales here.", assertInstanceOf(Node.Hangup.class, goTo(tree, menu(tree, "more"), "0")).sayText(),
            "the menu's own 0 comes first");
        Node.Menu field = menu(tree, "ask");
        assertEquals(zero.goTo(), goTo(tree, field, "0").id());
    }

    /** A modal field listens only to its own grammars: the document's links are no options there. */
    @Test void aModalFieldHasNoGlobalOptions() {
        Node.Menu field = menu(tree("""
            <link dtmf="0" next="#operator"/>
            <form id="ask"><field name="f" modal="true"><prompt>Press 1 to confirm.</prompt><option dtmf="1">yes</option>
              <filled><goto next="#sales"/></filled></field></form>""" + FORMS), "ask");
        assertEquals(List.of("1"), field.options().stream().map(Option::key).toList());
    }

    /** A link's grammar words are phrases; a grammar in a file is guessed from its name, so the option is not lost. */
    @Test void linkGrammarsArePhrases() {
        Node.Menu menu = menu(tree("""
            <link next="#operator"><grammar src="operator.grxml"/></link>
            <link next="#support"><grammar mode="voice" root="r"><rule id="r"><one-of><item>help</item><item>support</item></one-of></rule></grammar></link>
            <menu id="m"><prompt>Press 1 for sales.</prompt><choice dtmf="1" next="#sales"/></menu>""" + FORMS), "m");
        assertEquals(List.of("1", "operator", "help", "support"), menu.options().stream().map(Option::label)
            .map(l -> l.replace("\"", "")).toList());
    }

    /** inputmodes="dtmf" turns speech off: no phrase options. */
    @Test void inputmodesDtmfDropsPhrases() {
        Node.Menu menu = menu(tree("""
            <property name="inputmodes" value="dtmf"/>
            <menu id="m"><prompt>Press 1 for sales.</prompt><choice dtmf="1" next="#sales">sales</choice></menu>""" + FORMS), "m");
        assertNull(menu.options().get(0).phrase());
    }

    /** A menu with scope="document" is active in every dialog of the document, like a link. */
    @Test void documentScopedMenuChoicesAreGlobal() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1 for more.</prompt><choice dtmf="1" next="#more"/></menu>
            <menu id="more"><prompt>Press 2 for sales.</prompt><choice dtmf="2" next="#sales"/></menu>
            <menu id="global" scope="document"><choice dtmf="9" next="#support"/></menu>""" + FORMS);
        assertEquals("Support here.", assertInstanceOf(Node.Hangup.class, goTo(tree, menu(tree, "more"), "9")).sayText());
    }

    /** {@code next="other.vxml"}: another document, followed when it is imported too; calls start in the document nobody links to. */
    @Test void aChoiceToAnotherDocumentIsALinkToItsFlow() {
        Flow main = flow("main.vxml", wrap("""
            <menu id="m"><prompt>Press 1 for billing.</prompt><choice dtmf="1" next="billing.vxml"/></menu>"""));
        Flow billing = flow("billing.vxml", wrap("""
            <menu id="b"><prompt>Press 1 to pay.</prompt><choice dtmf="1" next="#pay"/></menu>
            <form id="pay"><block>Paid.</block></form>"""));
        assertEquals(new Step.Link("billing.vxml"), main.blocks().values().stream().map(b -> b.step())
            .filter(s -> s instanceof Step.Link).findFirst().orElseThrow());
        assertTrue(billing.names().containsAll(List.of("billing.vxml", "billing.vxml#b")));
        Tree tree = tree(lower(List.of(billing, main), null));
        assertEquals("m", tree.entry());
        assertEquals("b", goTo(tree, menu(tree, "m"), "1").id());
        Tree alone = tree(lower(main));
        assertEquals("flow: billing.vxml", assertInstanceOf(Node.Handoff.class, goTo(alone, menu(alone, "m"), "1")).address());
    }

    /** {@code next="billing.vxml#b"} names the other document's first dialog, its entry: followed too. */
    @Test void aFragmentNamingTheOtherDocumentsFirstDialogIsFollowed() {
        Flow main = flow("main.vxml", wrap("""
            <menu id="m"><prompt>Press 1 for billing.</prompt><choice dtmf="1" next="menus/billing.vxml#b"/></menu>"""));
        Flow billing = flow("billing.vxml", wrap("""
            <menu id="b"><prompt>Press 1 to pay.</prompt><choice dtmf="1" next="#b"/></menu>"""));
        Tree tree = tree(lower(List.of(main, billing), null));
        assertEquals("b", goTo(tree, menu(tree, "m"), "1").id());
    }
}
