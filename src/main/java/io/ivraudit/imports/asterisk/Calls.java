package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import java.util.Optional;

/**
 * Jumps and calls between places of the dial plan: {@code Goto} (in the context, a block; to
 * another context, a transfer to its flow), {@code Gosub} and {@code Macro} (a sub-flow that comes
 * back to the next priority), {@code Return} and {@code MacroExit} (back to the caller), and
 * {@code DISA} (dial tone in another context). O(1) per priority, plus the lookup of the place.
 */
final class Calls {
    private Calls() {}

    /** Adds the block for {@code p} if it is one of these applications; false if it is not. */
    static boolean add(FlowBuilder b, Extension e, Priority p, String id) {
        switch (p.appName()) {
            case "goto" -> b.add(Steps.jumpBlock(b, id, p.written(), p, b.jump(p.data(), p, false), false, Optional.empty()));
            case "gosub" -> b.add(Steps.jumpBlock(b, id, p.written(), p, b.jump(p.data(), p, true), true,
                Optional.of(b.next(e, p))));
            case "macro" -> macro(b, e, p, id);
            case "return", "macroexit" -> b.add(Steps.block(id, p, new Step.Pass(), Exit.to(Exit.Kind.NEXT,
                p.app() + ": back to the Gosub or Macro that ran this context", null, p.at())));
            case "disa" -> disa(b, e, p, id);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void macro(FlowBuilder b, Extension e, Priority p, String id) {
        String name = Args.arg(p.data(), 0);
        Optional<String> flow = b.contexts().macro(name);
        if (flow.isEmpty()) {
            b.add(Steps.block(id, p.written() + ": macro-" + name + " has no extension s, so Asterisk warns and goes on",
                p, new Step.Pass(), b.next(e, p)));
            return;
        }
        b.add(Steps.block(id, p, new Step.Link(flow.get(), true), b.next(e, p)));
    }

    /** DISA(passcode,context): the caller gets dial tone and dials a number of that context. */
    private static void disa(FlowBuilder b, Extension e, Priority p, String id) {
        String context = Args.arg(p.data(), 1);
        String target = context.isEmpty() ? "disa" : context;
        Lookup there = b.contexts().lookup(target);
        Jump jump;
        if (Args.dynamic(target)) {
            jump = new Jump.Nowhere(target, "the context is set at run time");
        } else if (there != null && there.entry() != null || there == null && !b.contexts().plan().includes().isEmpty()) {
            jump = new Jump.Away(target);
        } else {
            jump = new Jump.Nowhere(target, "there is no context '" + target + "' with an extension in the dial plan; "
                + "Asterisk hangs up");
        }
        b.add(Steps.jumpBlock(b, id, p.written() + ": dial tone in " + target, p, jump, false, Optional.empty()));
    }
}
