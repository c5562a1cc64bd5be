package io.ivraudit.imports.voicexml;

import static io.ivraudit.imports.voicexml.Vxml.block;
import static io.ivraudit.imports.voicexml.Vxml.flow;
import static io.ivraudit.imports.voicexml.Vxml.goTo;
import static io.ivraudit.imports.voicexml.Vxml.line;
import static io.ivraudit.imports.voicexml.Vxml.lower;
import static io.ivraudit.imports.voicexml.Vxml.menu;
import static io.ivraudit.imports.voicexml.Vxml.node;
import static io.ivraudit.imports.voicexml.Vxml.nodes;
import static io.ivraudit.imports.voicexml.Vxml.tree;
import static io.ivraudit.imports.voicexml.Vxml.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <form>}: fields and their grammars, {@code <filled>} branching, blocks, records, transfers, sub-dialogs, the end of a document. */
class VoiceXmlFormsTest {
    private static final String ENDS = """
        <form id="sales"><block>Sales here.<disconnect/></block></form>
        <form id="support"><block>Support here.<exit/></block></form>
        <form id="other"><block>Something else.<disconnect/></block></form>""";

    /** Options are keys and words; conditions comparing the field with a literal send each option straight to its branch. */
    @Test void filledBranchesOnTheFieldAreTheOptionsWays() {
        Imported imported = lower(flow("""
            <form id="f"><field name="dept"><prompt>For sales press 1. For support press 2.</prompt>
              <option dtmf="1" value="sales">sales</option><option dtmf="2" value="support">support</option>
              <option dtmf="3" value="other">something else</option>
              <filled>
                <if cond="dept == 'sales'"><goto next="#sales"/>
                <elseif cond="'support' === dept"/><goto next="#support"/>
                <else/><goto next="#other"/></if>
              </filled></field></form>""" + ENDS));
        Tree tree = tree(imported);
        Node.Menu menu = menu(tree, "f");
        assertEquals("Sales here.", node(tree, goTo(tree, menu, "1").id(), Node.Hangup.class).sayText());
        assertEquals("Support here.", node(tree, goTo(tree, menu, "2").id(), Node.Hangup.class).sayText());
        assertEquals("Something else.", node(tree, goTo(tree, menu, "3").id(), Node.Hangup.class).sayText());
        assertEquals("sales", menu.options().get(0).phrase());
        assertTrue(menu.options().get(2).hidden(), "3 is never announced");
        assertTrue(nodes(tree, Node.Branch.class).isEmpty(), "no condition was left to split on");
    }

    /** A condition on anything but the field's value (the time, another variable) is a split of equal shares. */
    @Test void otherConditionsAreSplits() {
        Imported imported = lower(flow("""
            <form id="f"><block><if cond="hour &lt; 17"><goto next="#sales"/><else/><goto next="#other"/></if></block></form>
            """ + ENDS));
        Tree tree = tree(imported);
        Node.Branch split = node(tree, tree.entry(), Node.Branch.class);
        assertEquals(2, split.branches().size());
        assertEquals(Fate.GUESSED, line(imported, "f.block-1.if", "").fate());
    }

    /** A form-level {@code <filled>} runs once its last field is filled, and its conditions see that field's value. */
    @Test void formLevelFilledSeesTheFieldsValues() {
        Tree tree = tree("""
            <form id="f">
              <field name="ok" type="boolean"><prompt>Do you want sales? Press 1 for yes, 2 for no.</prompt></field>
              <filled><if cond="ok"><goto next="#sales"/><else/><goto next="#other"/></if></filled>
            </form>""" + ENDS);
        Node.Menu menu = menu(tree, "f");
        assertEquals(List.of("1 yes", "2 no"), menu.options().stream().map(o -> o.key() + " " + o.phrase()).sorted().toList());
        assertEquals("Sales here.", node(tree, goTo(tree, menu, "1").id(), Node.Hangup.class).sayText());
        assertEquals("Something else.", node(tree, goTo(tree, menu, "2").id(), Node.Hangup.class).sayText());
    }

    /** One digit (builtin:dtmf/digits?length=1) can be listed: the keys 0 to 9. */
    @Test void oneDigitIsAMenuOfTenKeys() {
        Tree tree = tree("""
            <form id="f"><field name="d"><grammar src="builtin:dtmf/digits?length=1"/><prompt>Press 0 for an agent.</prompt>
              <filled><if cond="d == 0"><goto next="#sales"/></if><goto next="#other"/></filled></field></form>""" + ENDS);
        Node.Menu menu = menu(tree, "f");
        assertEquals(10, menu.options().size());
        assertEquals("Sales here.", node(tree, goTo(tree, menu, "0").id(), Node.Hangup.class).sayText());
        assertEquals("Something else.", node(tree, goTo(tree, menu, "5").id(), Node.Hangup.class).sayText());
    }

    /** An inline SRGS grammar that is one list: its items are keys (dtmf) or phrases with the values of their tags. */
    @Test void inlineListGrammarsAreListed() {
        Tree tree = tree("""
            <form id="f"><field name="dept">
              <grammar mode="dtmf" root="k"><rule id="k"><one-of><item>1<tag>out='sales'</tag></item><item>2<tag>out='support'</tag></item></one-of></rule></grammar>
              <grammar root="v"><rule id="v"><one-of><item>sales<tag>out="sales"</tag></item><item>tech support<tag>out="support"</tag></item></one-of></rule></grammar>
              <prompt>Press 1 or say sales. Press 2 or say tech support.</prompt>
              <filled><if cond="dept=='sales'"><goto next="#sales"/><else/><goto next="#support"/></if></filled></field></form>""" + ENDS);
        Node.Menu menu = menu(tree, "f");
        assertEquals(2, menu.options().size());
        assertEquals("tech support", menu.options().get(1).phrase());
        assertEquals("Support here.", node(tree, goTo(tree, menu, "2").id(), Node.Hangup.class).sayText());
    }

    /**
     * A voice grammar in a file cannot be listed, but the literals the {@code <filled>} compares
     * the field with are what callers can say: a speech menu; any other answer is a second no-match way (cut).
     */
    @Test void anExternalVoiceGrammarComparedWithLiteralsIsASpeechMenu() {
        Flow flow = flow("""
            <form id="f"><field name="dept"><grammar src="departments.grxml"/><prompt>Which department?</prompt>
              <filled><if cond="dept == 'billing'"><goto next="#sales"/><elseif cond="dept == 'repairs'"/><goto next="#support"/></if></filled>
            </field></form>""" + ENDS);
        assertTrue(((Step.Ask) block(flow, "f").step()).speech());
        Imported imported = lower(flow);
        Node.Menu menu = menu(tree(imported), "f");
        assertEquals(List.of("billing", "repairs"), menu.options().stream().map(Option::phrase).toList());
        assertTrue(menu.options().stream().noneMatch(Option::hidden));
        assertEquals(Fate.CUT, line(imported, "f",
            "no match (an answer no condition compares (words the grammar 'departments.grxml' accepts, which is not read here))").fate());
    }

    /** Digits callers type (an account number) cannot be listed: data entry, and the report says which grammar. */
    @Test void digitsAreDataEntry() {
        Imported imported = lower(flow("""
            <form id="f"><field name="acct" type="digits?length=8"><prompt>Enter your account number.</prompt></field>
              <block><goto next="#sales"/></block></form>""" + ENDS));
        Tree tree = tree(imported);
        assertEquals("Enter your account number.", node(tree, "f", Node.Message.class).sayText());
        assertTrue(line(imported, "f", "").detail().startsWith("callers enter a digits (length=8)"), line(imported, "f", "").detail());
    }

    /** A record is data entry of a message; a block says its prompts and goes on; the end of the document ends the call. */
    @Test void recordBlockAndTheEndOfTheDocument() {
        Imported imported = lower(flow("""
            <form id="f"><record name="msg"><prompt>Leave a message after the tone.</prompt></record>
              <block><prompt>Thank you.</prompt></block></form>"""));
        Tree tree = tree(imported);
        assertEquals("Leave a message after the tone.", node(tree, "f", Node.Message.class).sayText());
        Node.Message thanks = nodes(tree, Node.Message.class).stream().filter(m -> "Thank you.".equals(m.sayText())).findFirst().orElseThrow();
        assertInstanceOf(Node.Hangup.class, tree.nodes().get(thanks.next()));
        assertEquals("connected to nothing: VoiceXML ends the call here ('call-ends')",
            line(imported, "f.block-2", "next (the document ends)").detail());
    }

    /** A transfer whose words call for an agent is a person, one per address; otherwise a forward to the number. */
    @Test void transfersArePeopleOrForwards() {
        Flow flow = flow("""
            <menu id="m"><prompt>Press 1 for an agent. Press 2 for our partner.</prompt>
              <choice dtmf="1" next="#agent"/><choice dtmf="2" next="#partner"/><choice dtmf="3" next="#agent2"/></menu>
            <form id="agent"><transfer dest="tel:+15550100" bridge="true"><prompt>Please hold for the next available agent.</prompt></transfer></form>
            <form id="agent2"><block>One moment.</block><transfer name="rep" dest="tel:+15550100"/></form>
            <form id="partner"><transfer dest="tel:+15550199"/></form>""");
        assertEquals(new Step.Person("tel:+15550100"), block(flow, "agent.connect").step());
        assertEquals(new Step.Forward("tel:+15550199", Channel.PHONE), block(flow, "partner").step());
        Imported imported = lower(flow);
        Tree tree = tree(imported);
        assertEquals(1, nodes(tree, Node.Human.class).size(), "one address, one person");
        assertEquals(Fate.GUESSED, line(imported, "partner", "").fate(), "a forward is a guess: a person may answer there");
    }

    /** An in-document sub-dialog runs in place and {@code <return>} goes back to the caller's way on; each caller gets its own copy. */
    @Test void inDocumentSubdialogsReturnToTheirCaller() {
        Tree tree = tree("""
            <menu id="m"><prompt>Press 1 for sales. Press 2 for support.</prompt>
              <choice dtmf="1" next="#s"/><choice dtmf="2" next="#t"/></menu>
            <form id="s"><subdialog name="pin" src="#getpin"/><block><goto next="#sales"/></block></form>
            <form id="t"><subdialog name="pin" src="#getpin"/><block><goto next="#support"/></block></form>
            <form id="getpin"><field name="ok" type="boolean"><prompt>Are you a customer?</prompt>
              <filled><if cond="ok"><return/></if><goto next="#other"/></filled></field></form>""" + ENDS);
        Node.Menu main = menu(tree, "m");
        Node.Menu fromSales = assertInstanceOf(Node.Menu.class, goTo(tree, main, "1"));
        Node.Menu fromSupport = assertInstanceOf(Node.Menu.class, goTo(tree, main, "2"));
        assertFalse(fromSales.id().equals(fromSupport.id()), "a copy per caller");
        assertEquals("Sales here.", node(tree, goTo(tree, fromSales, "1").id(), Node.Hangup.class).sayText());
        assertEquals("Support here.", node(tree, goTo(tree, fromSupport, "1").id(), Node.Hangup.class).sayText());
        assertEquals("Something else.", node(tree, goTo(tree, fromSales, "2").id(), Node.Hangup.class).sayText());
    }

    /** A sub-dialog in another document is a sub-flow that returns; when that document is given, its {@code <return>} comes back. */
    @Test void otherDocumentSubdialogsAreSubFlows() {
        Flow main = flow("main.vxml", wrap("""
            <form id="f"><subdialog name="auth" src="auth.vxml"/><block>Welcome back.<disconnect/></block></form>"""));
        assertEquals(new Step.Link("auth.vxml", true), block(main, "f").step());
        Flow auth = flow("auth.vxml", wrap("""
            <form id="a"><block><prompt>Checking.</prompt><return/></block></form>"""));
        Tree tree = tree(lower(List.of(main, auth), null));
        Node.Message checking = node(tree, tree.entry(), Node.Message.class);
        assertEquals("Checking.", checking.sayText());
        assertEquals("Welcome back.", node(tree, checking.next(), Node.Hangup.class).sayText());
        Imported alone = lower(main);
        assertEquals(Fate.GUESSED, line(alone, "f", "").fate(), "not given: taken to return at once");
    }

    /** {@code <clear namelist>} sends the form back to the cleared field: it is asked again. */
    @Test void clearAsksTheFieldAgain() {
        Tree tree = tree("""
            <form id="f"><field name="ok" type="boolean"><prompt>Is that right?</prompt>
              <filled><if cond="ok"><goto next="#sales"/></if><prompt>Let us try again.</prompt><clear namelist="ok"/></filled>
            </field></form>""" + ENDS);
        Node.Menu menu = menu(tree, "f");
        Node.Message again = node(tree, goTo(tree, menu, "2").id(), Node.Message.class);
        assertEquals("Let us try again.", again.sayText());
        assertEquals("f", again.next());
    }

    /** A form item's cond that cannot be decided: it is visited or skipped, a split. */
    @Test void anItemsCondIsASplit() {
        Flow flow = flow("""
            <form id="f"><block cond="vip"><prompt>Welcome back.</prompt></block><block><goto next="#sales"/></block></form>""" + ENDS);
        Step.Split split = assertInstanceOf(Step.Split.class, block(flow, "f").step());
        assertEquals("vip", split.reads());
        assertEquals(List.of(Exit.Kind.CASE, Exit.Kind.NO_MATCH), block(flow, "f").exits().stream().map(Exit::kind).toList());
    }

    /** An element the importer does not know is passed through, and the report names it. */
    @Test void unknownElementsArePassedAndReported() {
        Imported imported = lower(flow("""
            <form id="f"><block><prompt>Hello.</prompt><vendor:thing xmlns:vendor="urn:x"/><goto next="#sales"/></block></form>""" + ENDS));
        assertEquals(Fate.FOLLOWED, line(imported, "f.block-1.thing", "next").fate());
    }

    /** {@code <disconnect/>} and {@code <exit/>} hang up after the words before them. */
    @Test void disconnectAndExitHangUp() {
        Tree tree = tree("<form id=\"f\"><block><prompt>Bye now.</prompt><exit/></block></form>");
        assertEquals("Bye now.", node(tree, "f", Node.Hangup.class).sayText());
    }
}
