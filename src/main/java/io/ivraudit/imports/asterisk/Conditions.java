package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import java.util.List;
import java.util.Set;

/**
 * Conditions: {@code GotoIf(test?then:else)} a split on data callers do not choose (a test of a
 * time, {@code IFTIME()}, an hours check), {@code GotoIfTime(times?then:else)} an hours check
 * (open: the first place; closed: the second, else the next priority), and {@code ExecIf},
 * {@code ExecIfTime}, {@code GosubIf} and {@code MacroIf}, whose branches run an application.
 * A branch not written goes on to the next priority. O(1) per priority.
 */
final class Conditions {
    private static final Set<String> APPS = Set.of("gotoif", "gotoiftime", "execif", "execiftime", "gosubif", "macroif");

    /** How deep conditions inside conditions are followed ({@code ExecIf(a?ExecIf(b?...))}). */
    private static final int MAX_NESTING = 8;

    private Conditions() {}

    static boolean handles(String app) {
        return APPS.contains(app);
    }

    static void add(FlowBuilder b, Extension e, Priority p, String id) {
        String app = p.appName();
        Args.Condition c = Args.condition(p.data());
        if (!c.written()) {
            b.add(Steps.block(id, p.written() + ": no '?', so Asterisk takes no branch", p, new Step.Pass(), b.next(e, p)));
            return;
        }
        String ifTrue = arm(b, e, p, id + ":true", c.ifTrue());
        String ifFalse = arm(b, e, p, id + ":false", c.ifFalse());
        Exit next = b.next(e, p);
        String trueTo = ifTrue != null ? ifTrue : next.target();
        String falseTo = ifFalse != null ? ifFalse : next.target();
        boolean time = app.endsWith("time") || c.test().toUpperCase(java.util.Locale.ROOT).contains("IFTIME(");
        if (time) {
            b.add(new Block(id, p.written(), new Step.Hours(), List.of(
                new Exit(Exit.Kind.OPEN, c.test(), trueTo, next.then(), p.at()),
                new Exit(Exit.Kind.CLOSED, c.test(), falseTo, next.then(), p.at())), p.at()));
            return;
        }
        b.add(new Block(id, p.written(), new Step.Split(reads(b, c.test()), null), List.of(
            new Exit(Exit.Kind.CASE, "true", trueTo, next.then(), p.at()),
            new Exit(Exit.Kind.CASE, "false", falseTo, next.then(), p.at())), p.at()));
    }

    /**
     * The block one branch leads to; null when the branch is not written (the call goes on to the
     * next priority). A GotoIf branch is a place; the others run an application, as a block of its own.
     */
    private static String arm(FlowBuilder b, Extension e, Priority p, String id, String written) {
        if (written.isBlank()) {
            return null;
        }
        String app = p.appName();
        if (app.startsWith("goto")) {
            return b.target(b.jump(written, p, false), id, p);
        }
        Args.Call call = app.startsWith("exec") ? Args.call(written)
            : new Args.Call(app.startsWith("gosub") ? "Gosub" : "Macro", macroData(app, written));
        if (id.chars().filter(c -> c == ':').count() > MAX_NESTING) {
            b.add(Steps.block(id, ConfReader.clip(written) + ": nested too deep to follow", p, new Step.Pass(), b.next(e, p)));
            return id;
        }
        Priority virtual = new Priority(p.context(), p.exten(), p.number(), null, call.app(), call.data(), false, p.at());
        Steps.add(b, e, virtual, id);
        return id;
    }

    /** MacroIf's branch {@code name(args)} as Macro's data {@code name,args}; GosubIf's branch is Gosub's data as it is. */
    private static String macroData(String app, String written) {
        if (!app.startsWith("macro")) {
            return written;
        }
        Args.Call call = Args.call(written);
        return call.data().isEmpty() ? call.app() : call.app() + "," + call.data();
    }

    /** What a test reads, in words; a counter the dial plan counts up by hand is named as the retry count it is. */
    private static String reads(FlowBuilder b, String test) {
        for (String counted : b.contexts().plan().counted()) {
            if (test.contains("${" + counted + "}")) {
                return "the retry count ${" + counted + "} that the dial plan keeps by hand (Set(" + counted + "=$[${"
                    + counted + "}+1])), tested by " + test;
            }
        }
        return test;
    }
}
