package io.ivraudit.imports.asterisk;

import static io.ivraudit.imports.asterisk.DialPlans.block;
import static io.ivraudit.imports.asterisk.DialPlans.exit;
import static io.ivraudit.imports.asterisk.DialPlans.flow;
import static io.ivraudit.imports.asterisk.DialPlans.flows;
import static io.ivraudit.imports.asterisk.DialPlans.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Step;
import io.ivraudit.load.LoadError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The line syntax of extensions.conf, read as Asterisk's config.c and pbx_config.c read it: what
 * makes Asterisk refuse the file is an error at its line and column; what Asterisk warns about and
 * skips is skipped and noted, also at its line and column.
 */
class DialPlanSyntaxTest {
    @Test void contextsExtensionsPrioritiesAndLabels() {
        List<Flow> flows = flows("""
            [main]
            exten => s,1,Answer()
             same => n(menu),Playback(hello)
             same => n,Hangup
            exten => 1,1,Goto(s,menu)
            """);
        Flow main = flow(flows, "main");
        assertEquals(java.util.Set.of("main"), main.names());
        assertEquals("main,s,1", main.entry());
        assertEquals(List.of("main,s,1", "main,s,menu", "main,s,3", "main,1,1"), List.copyOf(main.blocks().keySet()));
        assertEquals("main,s,menu", exit(block(main, "main,s,1"), Exit.Kind.NEXT, null).target());
        assertInstanceOf(Step.Play.class, block(main, "main,s,menu").step());
        assertEquals("Playback(hello)", block(main, "main,s,menu").type());
        assertEquals("main,s,menu", exit(block(main, "main,1,1"), Exit.Kind.NEXT, null).target(), "Goto(s,menu) to the label");
        assertEquals(2, block(main, "main,s,1").at().line());
    }

    @Test void commentsEscapedSemicolonsAndBlockComments() {
        Asterisk.Read read = read("""
            ; a comment line
            [main] ; the context
            exten => s,1,NoOp(a\\;b) ; a note
            ;-- a block comment
            exten => s,2,Hangup()
            --;
            same => n,Playback(after-the-block)
            """);
        Flow main = flow(read.flows(), "main");
        assertEquals("NoOp(a;b)", block(main, "main,s,1").type(), "\\; is a semicolon, not a comment");
        assertEquals(List.of("main,s,1", "main,s,2"), priorities(main),
            "the line inside ;-- --; is not read; 'same => n' follows priority 1");
        assertInstanceOf(Step.Play.class, block(main, "main,s,2").step());
    }

    @Test void generalGlobalsAndTemplatesAreNotContextsAndTemplatesAreInherited() {
        List<Flow> flows = flows("""
            [general]
            static=yes
            [globals]
            OPERATOR=600
            [common](!)
            exten => 0,1,Dial(SIP/${OPERATOR})
            [sales](common)
            exten => s,1,WaitExten(5)
            exten => ${OPERATOR},1,Playback(operator)
            """);
        assertEquals(List.of("sales"), flows.stream().map(Flow::name).toList());
        Flow sales = flow(flows, "sales");
        assertEquals("sales,0,1", exit(block(sales, "sales,s,1"), Exit.Kind.KEY, "0").target(), "inherited from the template");
        assertTrue(sales.blocks().containsKey("sales,600,1"), "a global variable in an extension name is put in at load time");
    }

    @Test void plusAddsLinesToAnEarlierCategory() {
        Flow main = flow(flows("""
            [main]
            exten => s,1,Playback(one)
            [other]
            exten => s,1,Hangup()
            [main](+)
            exten => s,2,Playback(two)
            """), "main");
        assertEquals("main,s,2", exit(block(main, "main,s,1"), Exit.Kind.NEXT, null).target());
    }

    @Test void priorityFormsOfPbxConfig() {
        Flow main = flow(flows("""
            [main]
            exten => s,1,Answer()
            exten => s,n+1,Playback(skipped-two)
            exten => s,s+1,Hangup()
            exten => 100,hint,SIP/100
            exten => 2,n,NoOp(n is the last priority plus one, whatever the extension)
            """), "main");
        assertTrue(main.blocks().containsKey("main,s,3"), "n+1 after 1 is 3");
        assertTrue(main.blocks().containsKey("main,s,4"), "s+1 after 3 is 4");
        assertFalse(main.blocks().keySet().stream().anyMatch(id -> id.contains(",100,")), "a hint is no step");
        assertTrue(main.blocks().containsKey("main,2,5"), "n after priority 4 of s is 5, in extension 2");
        assertEquals("main,(end of an extension)", exit(block(main, "main,s,1"), Exit.Kind.NEXT, null).target(),
            "priority 2 is missing: after 1 the extension runs out, and Asterisk hangs up");
    }

    @Test void linesAsteriskSkipsAreSkippedAndNoted() {
        Asterisk.Read read = read("""
            [main]
            same => n,Playback(no-exten-before)
            exten => s,1,Answer()
            this line has no equals sign
            exten => s,zero,NoOp()
            exten => s,1,Playback(twice)
            exten => s,n(open,NoOp()
            frobnicate => yes
            exten => s,2,Dial(SIP/100
            #include extensions_secret.conf
            """);
        assertEquals(List.of(), read.errors());
        Flow main = flow(read.flows(), "main");
        assertEquals(List.of("main,s,1", "main,s,2"), priorities(main));
        assertTrue(block(main, "main,s,2").type().startsWith("Dial(SIP/100: "), "kept, with the rest of the line as arguments");
        assertEquals(new Step.Person("SIP/100"), block(main, "main,s,2").step());
        assertEquals(List.of(2, 4, 5, 6, 7, 8, 9, 10), read.notes().stream().map(n -> n.at().line()).sorted().toList(),
            read.notes().toString());
        assertNote(read, 2, "before any 'exten =>' line of context 'main'");
        assertNote(read, 4, "no '='; expected 'key => value' (Asterisk warns and skips the line)");
        assertNote(read, 5, "found the priority 'zero'; expected a number of 1 or more, n, s or a label");
        assertNote(read, 6, "priority 1 of extension 's' in context 'main' is written twice");
        assertNote(read, 7, "with no ')' after its label");
        assertNote(read, 8, "unknown directive 'frobnicate'");
        assertNote(read, 9, "with no closing ')'; expected App(arguments) (Asterisk warns and takes the rest of the line");
        assertNote(read, 10, "#include extensions_secret.conf: the file it reads in is not given here");
        assertTrue(read.notes().stream().allMatch(n -> n.at().file().equals("extensions.conf") && n.at().column() >= 1));
    }

    /** The blocks of a flow that are priorities written in the file (not those the dial plan implies). */
    private static List<String> priorities(Flow flow) {
        return flow.blocks().keySet().stream().filter(id -> !id.contains("(")).toList();
    }

    private static void assertNote(Asterisk.Read read, int line, String text) {
        Optional<LoadError> note = read.notes().stream().filter(n -> n.at().line() == line).findFirst();
        assertTrue(note.isPresent() && note.get().message().contains(text), "line " + line + ": " + read.notes());
    }

    @Test void whatMakesAsteriskRefuseTheFileIsAnErrorAtItsLineAndColumn() {
        assertError("""
            [main]
            exten => s,1,Answer()
              [broken
            """, 3, 3, "found '[broken' with no closing ']'; expected a context header such as [name]");
        assertError("""
            ; a dial plan
              exten => s,1,Answer()
            [main]
            """, 2, 3, "found 'exten => s,1,Answer()' before any [context] header; expected a [context] line first");
        assertError("""
            [main](nosuch)
            exten => s,1,Answer()
            """, 1, 1, "inherits from 'nosuch', a category not defined above");
        assertError("""
            [main](+)
            exten => s,1,Answer()
            """, 1, 1, "adds lines to a category that does not exist yet");
        assertError("""
            [main](!
            """, 1, 1, "with no closing ')' after the header");
        assertError("""
            [general]
            static=yes
            """, 1, 1, "found no [context] with an 'exten => extension,1,Application()' line");
    }

    private static void assertError(String text, int line, int column, String message) {
        Asterisk.Read read = read(text);
        assertEquals(List.of(), read.flows());
        assertEquals(1, read.errors().size(), read.errors().toString());
        LoadError error = read.errors().get(0);
        assertEquals(line + ":" + column, error.at().line() + ":" + error.at().column(), error.toString());
        assertTrue(error.message().contains(message), error.toString());
        assertTrue(error.toString().startsWith("extensions.conf:" + line + ":" + column + ": "), error.toString());
    }

    @Test void includedContextsAndCallerIdMatchesAndTimedIncludes() {
        Asterisk.Read read = read("""
            [main]
            include => extra,9:00-17:00,mon-fri,*,*
            exten => s,1,WaitExten(3)
            exten => 1/5551234,1,Playback(for-that-caller)
            [extra]
            exten => 2,1,Playback(two)
            """);
        Flow main = flow(read.flows(), "main");
        assertEquals("main,1,1", exit(block(main, "main,s,1"), Exit.Kind.KEY, "1").target());
        assertEquals("extra,2,1", exit(block(main, "main,s,1"), Exit.Kind.KEY, "2").target());
        assertTrue(read.notes().stream().anyMatch(n -> n.message().contains("includes 'extra' only at some times")));
        assertTrue(read.notes().stream().anyMatch(n -> n.message().contains("matched only for some callers' numbers")));
    }

    @Test void aContextWithoutAnyPriorityOneIsNoFlowAndIsNoted() {
        Asterisk.Read read = read("""
            [main]
            exten => s,1,Hangup()
            [empty]
            exten => s,2,Playback(never)
            """);
        assertEquals(List.of("main"), read.flows().stream().map(Flow::name).toList());
        assertTrue(read.notes().stream().anyMatch(n -> n.message().contains("context 'empty' has no extension with a priority 1")));
        assertNull(read.flows().get(0).blocks().get("empty,s,2"));
    }
}
