package io.ivraudit.imports.voicexml;

import static io.ivraudit.imports.voicexml.Vxml.block;
import static io.ivraudit.imports.voicexml.Vxml.flow;
import static io.ivraudit.imports.voicexml.Vxml.line;
import static io.ivraudit.imports.voicexml.Vxml.lower;
import static io.ivraudit.imports.voicexml.Vxml.menu;
import static io.ivraudit.imports.voicexml.Vxml.node;
import static io.ivraudit.imports.voicexml.Vxml.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import org.junit.jupiter.api.Test;

/**
 * {@code <noinput>}, {@code <nomatch>} and {@code <catch>}: the handler chosen per occurrence by
 * {@code count} (VoiceXML 2.0 section 5.2.4), handlers that listen again versus lead elsewhere
 * (the menu's tries and its no-match and time-out ways), and the platform's defaults (5.2.5).
 */
class VoiceXmlEventsTest {
    private static final String OPERATOR = """
        <form id="operator"><transfer dest="tel:+15550100"><prompt>Transferring you to an agent.</prompt></transfer></form>
        <form id="bye"><block>Goodbye.<disconnect/></block></form>""";

    private static Step.Ask ask(Flow flow, String id) {
        return (Step.Ask) block(flow, id).step();
    }

    /** No handler: the defaults re-prompt, so the menu repeats for ever; the exits say so and are connected to nothing. */
    @Test void withoutHandlersTheMenuRepeatsForEver() {
        Flow flow = flow("<menu id=\"m\"><prompt>Press 1.</prompt><choice dtmf=\"1\" next=\"#bye\"/></menu>" + OPERATOR);
        Exit wrong = block(flow, "m").exit(Exit.Kind.NO_MATCH).orElseThrow();
        assertEquals(Exit.Missing.REPEATS, wrong.then());
        assertNull(wrong.target());
        assertEquals(Exit.Missing.REPEATS, block(flow, "m").exit(Exit.Kind.TIMEOUT).orElseThrow().then());
        assertNull(ask(flow, "m").tries());
        Imported imported = lower(flow);
        Node.Menu menu = menu(tree(imported), "m");
        assertEquals("m", menu.invalidTarget());
        assertEquals("m", menu.timeoutTarget());
        assertEquals("connected to nothing: VoiceXML repeats the block",
            line(imported, "m", "no match (nomatch: the platform's default handler re-prompts)").detail());
    }

    /** count=1 re-prompts, count=3 leads to an agent: the menu is heard three times, then a wrong answer goes there. */
    @Test void countedHandlersAreTriesThenTheLastHandlersWay() {
        Flow flow = flow("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" next="#bye"/>
              <nomatch>Sorry, I did not get that.<reprompt/></nomatch>
              <nomatch count="3"><goto next="#operator"/></nomatch>
              <noinput count="2">Still there?</noinput>
              <noinput count="3"><goto next="#operator"/></noinput>
            </menu>""" + OPERATOR);
        assertEquals(3, ask(flow, "m").tries());
        Tree tree = tree(lower(flow));
        Node.Menu menu = menu(tree, "m");
        assertEquals("operator", menu.invalidTarget());
        assertEquals("operator", menu.timeoutTarget());
    }

    /** When wrong answers and silence leave after different counts, the menu's tries is the smaller. */
    @Test void differentCountsGiveTheSmallerTries() {
        Flow flow = flow("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" next="#bye"/>
              <nomatch count="3"><goto next="#operator"/></nomatch>
              <noinput count="2"><goto next="#bye"/></noinput>
            </menu>""" + OPERATOR);
        assertEquals(2, ask(flow, "m").tries());
    }

    /** {@code <catch event="noinput nomatch">} handles both. */
    @Test void oneCatchForBothEvents() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" next="#operator"/>
              <catch event="noinput nomatch">Let me get someone.<goto next="#operator"/></catch>
            </menu>""" + OPERATOR);
        Node.Menu menu = menu(tree, "m");
        Node.Message sorry = node(tree, menu.invalidTarget(), Node.Message.class);
        assertEquals("Let me get someone.", sorry.sayText());
        assertEquals(menu.invalidTarget(), menu.timeoutTarget());
        assertEquals("operator", sorry.next());
    }

    /**
     * Section 5.2.4: count comes before scope. The field's own nomatch (count 1) re-prompts; the
     * document's nomatch count="2" is chosen at the second wrong answer, though it is further out.
     */
    @Test void countComesBeforeScope() {
        Flow flow = flow("""
            <nomatch count="2"><goto next="#operator"/></nomatch>
            <form id="f"><field name="pick"><prompt>Press 1 or 2.</prompt>
              <option dtmf="1" value="a"/><option dtmf="2" value="b"/>
              <nomatch>Try again.<reprompt/></nomatch>
              <filled><goto next="#bye"/></filled></field></form>""" + OPERATOR);
        assertEquals(2, ask(flow, "f").tries());
        assertEquals("operator", menu(tree(lower(flow)), "f").invalidTarget());
    }

    /** A handler that goes back to its own dialog re-enters it, which resets the counts: the menu repeats, with the handler's words. */
    @Test void aGotoToTheSameMenuRepeatsIt() {
        Flow flow = flow("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" next="#bye"/>
              <nomatch><prompt>Wrong key.</prompt><goto next="#m"/></nomatch>
              <nomatch count="3"><goto next="#operator"/></nomatch>
            </menu>""" + OPERATOR);
        assertNull(ask(flow, "m").tries(), "the first wrong key already leaves (and comes back)");
        Node.Menu menu = menu(tree(lower(flow)), "m");
        assertEquals("m", node(tree(lower(flow)), menu.invalidTarget(), Node.Message.class).next());
    }

    /** A handler with words and no transition: the words, then the menu listens again (for ever). */
    @Test void aHandlerWithoutTransitionSaysItsWordsAndListensAgain() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" next="#bye"/>
              <noinput>Please press a key.</noinput>
            </menu>""" + OPERATOR);
        Node.Menu menu = menu(tree, "m");
        Node.Message nudge = node(tree, menu.timeoutTarget(), Node.Message.class);
        assertEquals("Please press a key.", nudge.sayText());
        assertEquals("m", nudge.next());
    }

    /** The platform default for an event other than the input ones ends the call (section 5.2.5: it exits). */
    @Test void anUncaughtEventEndsTheCall() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1.</prompt><choice dtmf="1" event="com.example.oops"/></menu>""");
        Node.Menu menu = menu(tree, "m");
        node(tree, menu.options().get(0).goTo(), Node.Hangup.class);
    }
}
