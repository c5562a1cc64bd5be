package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Read(var,prompt,maxdigits,options,attempts,timeout)}, the other menu idiom: the caller's
 * keys go into a variable that the priorities after it test ({@code GotoIf($["${var}" = "1"]?sales)})
 * or jump by ({@code Goto(${var},1)}). One key read and tested that way is a menu: its prompt (a
 * recording), then a choice per tested key, and where the tests fall through for a wrong key or
 * silence. Several digits are a data entry. O(priorities of the extension).
 */
final class ReadMenu {
    private ReadMenu() {}

    /** One test of the variable: the key it compares and where it leads when equal (and when not, if written). */
    private record Test(String key, String ifEqual, String ifNot, Priority at) {}

    static void add(FlowBuilder b, Extension e, Priority p, String id) {
        List<String> args = Args.split(p.data());
        String variable = args.isEmpty() ? "" : args.get(0);
        String prompt = args.size() > 1 ? args.get(1) : "";
        String maxDigits = args.size() > 2 ? args.get(2) : "";
        Integer tries = args.size() > 4 ? Menus.seconds(args.get(4)).map(d -> (int) Math.floor(d)).filter(t -> t > 1)
            .orElse(null) : null;
        double seconds = args.size() > 5 ? Menus.seconds(args.get(5)).orElseGet(() -> Menus.responseTimeout(e, p))
            : Menus.responseTimeout(e, p);
        List<Test> tests = tests(e, p, variable);
        Optional<Priority> dispatch = after(e, p, tests).filter(q -> q.appName().equals("goto")
            && Args.place(q.data(), false).extension() != null
            && Args.place(q.data(), false).extension().equals("${" + variable + "}"));
        boolean oneKey = maxDigits.equals("1") || tests.stream().anyMatch(t -> t.key().length() == 1) || dispatch.isPresent();
        if (variable.isEmpty() || !oneKey) {
            b.add(new Block(id, p.written(), new Step.Collect(null, "digits" + (maxDigits.isEmpty() ? "" : " (at most "
                + maxDigits + ")") + " into ${" + variable + "}"), List.of(success(b.next(e, p))), p.at()));
            return;
        }
        String ask = id;
        if (!prompt.isBlank()) {
            ask = id + ":keys";
            b.add(Steps.block(id, p.written() + ": its prompt", p, new Step.Play(null, true),
                Exit.to(Exit.Kind.NEXT, "", ask, p.at())));
        }
        b.add(new Block(ask, p.written() + ": the key it reads", new Step.Ask(null, false, false, seconds, tries),
            exits(b, e, p, tests, dispatch), p.at()));
    }

    private static Exit success(Exit next) {
        return new Exit(Exit.Kind.SUCCESS, "", next.target(), next.then(), next.at());
    }

    private static List<Exit> exits(FlowBuilder b, Extension e, Priority p, List<Test> tests, Optional<Priority> dispatch) {
        List<Exit> exits = new ArrayList<>();
        String empty = null;
        for (Test t : tests) {
            String to = b.target(b.jump(t.ifEqual(), t.at(), false), e.blockId(t.at().number()) + ":true", t.at());
            if (t.key().isEmpty()) {
                empty = empty == null ? to : empty;
            } else {
                exits.add(Exit.to(Exit.Kind.KEY, t.key(), to, t.at().at()));
            }
        }
        if (dispatch.isPresent()) {
            exits.addAll(b.menus().keys(p.at()));
            Exit wrong = b.menus().noMatch(p.at());
            exits.add(wrong);
            exits.add(new Exit(Exit.Kind.TIMEOUT, "nothing read: " + wrong.value(), wrong.target(), wrong.then(), p.at()));
            return exits;
        }
        Exit fallThrough = fallThrough(b, e, p, tests);
        exits.add(new Exit(Exit.Kind.NO_MATCH, "no test matches", fallThrough.target(), fallThrough.then(), p.at()));
        exits.add(empty != null ? Exit.to(Exit.Kind.TIMEOUT, "the test of an empty answer", empty, p.at())
            : new Exit(Exit.Kind.TIMEOUT, "nothing read: no test matches", fallThrough.target(), fallThrough.then(), p.at()));
        return exits;
    }

    /** Where a call goes when no test matches: the priority after the tests, or the last test's else-branch. */
    private static Exit fallThrough(FlowBuilder b, Extension e, Priority p, List<Test> tests) {
        if (!tests.isEmpty()) {
            Test last = tests.get(tests.size() - 1);
            if (!last.ifNot().isBlank()) {
                return Exit.to(Exit.Kind.NEXT, "", b.target(b.jump(last.ifNot(), last.at(), false),
                    e.blockId(last.at().number()) + ":false", last.at()), last.at().at());
            }
            return b.next(e, last.at());
        }
        return b.next(e, p);
    }

    /** The GotoIf priorities right after the Read that compare its variable to one value each. */
    private static List<Test> tests(Extension e, Priority p, String variable) {
        List<Test> tests = new ArrayList<>();
        if (variable.isEmpty()) {
            return tests;
        }
        String read = "\\$\\{" + Pattern.quote(variable) + "}";
        Pattern compare = Pattern.compile("^\\$\\[\\s*\"?\\s*" + read + "\\s*\"?\\s*==?\\s*\"?\\s*([0-9*#]*)\\s*\"?\\s*]$");
        for (Priority q : e.priorities.tailMap(p.number() + 1).values()) {
            Args.Condition c = Args.condition(q.data());
            Matcher m = compare.matcher(c.test().strip());
            if (q.number() != p.number() + 1 + tests.size() || !q.appName().equals("gotoif") || !m.matches()
                || c.ifTrue().isBlank()) {
                break;
            }
            tests.add(new Test(m.group(1), c.ifTrue(), c.ifFalse(), q));
            if (!c.ifFalse().isBlank()) {
                break;
            }
        }
        return tests;
    }

    /** The priority after the tests, if the extension has one. */
    private static Optional<Priority> after(Extension e, Priority p, List<Test> tests) {
        int number = (tests.isEmpty() ? p.number() : tests.get(tests.size() - 1).at().number()) + 1;
        return Optional.ofNullable(e.priorities.get(number));
    }
}
