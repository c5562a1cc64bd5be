package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import io.ivraudit.model.Channel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each application does for a caller, as a block: played words, a menu, a person, a forward,
 * a jump, a hang-up, a condition, or nothing a caller notices (followed through). Applications
 * this importer does not know are followed through to the next priority and named in the block's
 * type; a name no application can have ({@code Wait,2}) is a hang-up, as Asterisk hangs up when
 * it finds no such application. O(1) per priority, plus the jump it makes.
 */
final class Steps {
    private static final Set<String> PLAYS = Set.of("playback", "background", "controlplayback", "mp3player",
        "sayunixtime", "datetime", "sayphonetic", "festival", "flite", "saycountedadj", "saycountednoun",
        "saycountpl", "saymoney", "sayordinal", "sayalphacase", "voicemailmain");
    private static final Set<String> HANGUPS = Set.of("hangup", "busy", "congestion");

    private Steps() {}

    /** Adds the block (and any block it implies) for priority {@code p}, with id {@code id}. */
    static void add(FlowBuilder b, Extension e, Priority p, String id) {
        String app = p.appName();
        if (HANGUPS.contains(app)) {
            b.add(new Block(id, p.written(), new Step.Hangup(null), List.of(), p.at()));
        } else if (PLAYS.contains(app)) {
            b.add(block(id, p, new Step.Play(null, true), b.next(e, p)));
        } else if (app.equals("saydigits") || app.equals("saynumber") || app.equals("sayalpha")) {
            b.add(block(id, p, said(app, Args.arg(p.data(), 0)), b.next(e, p)));
        } else if (app.equals("waitexten")) {
            b.add(b.menus().waitExten(e, p, id));
        } else if (app.equals("read")) {
            ReadMenu.add(b, e, p, id);
        } else if (app.equals("speechbackground")) {
            b.add(block(id, p, new Step.Ask(null, true, true, Menus.seconds(Args.arg(p.data(), 1)).orElse(null)),
                b.next(e, p)));
        } else if (Conditions.handles(app)) {
            Conditions.add(b, e, p, id);
        } else if (!Calls.add(b, e, p, id) && !Reach.add(b, e, p, id)) {
            other(b, e, p, id);
        }
    }

    /** An application the importer gives no meaning for callers: followed through, or a hang-up if none can have its name. */
    private static void other(FlowBuilder b, Extension e, Priority p, String id) {
        if (!p.app().matches("[A-Za-z][A-Za-z0-9_]*")) {
            b.add(new Block(id, p.written() + ": no application has this name, so Asterisk hangs up here",
                new Step.Hangup(null), List.of(), p.at()));
            return;
        }
        b.add(block(id, p, new Step.Pass(), b.next(e, p)));
    }

    /** SayDigits(123), SayNumber(42), SayAlpha(abc): the words when they are written, else unknown. */
    private static Step said(String app, String value) {
        if (value.isEmpty() || Args.dynamic(value)) {
            return new Step.Play(null, true);
        }
        String words = app.equals("saynumber") ? value : String.join(" ", value.split(""));
        return new Step.Play(words, false);
    }

    static Block block(String id, Priority p, Step step, Exit next) {
        return new Block(id, p.written(), step, List.of(next), p.at());
    }

    static Block block(String id, String type, Priority p, Step step, Exit next) {
        return new Block(id, type, step, List.of(next), p.at());
    }

    /** The jump a priority makes, as a block of its own: a pass-through to a block here, a link, or nowhere. */
    static Block jumpBlock(FlowBuilder b, String id, String type, Priority p, Jump jump, boolean returns,
                           Optional<Exit> next) {
        if (jump instanceof Jump.Here h) {
            return new Block(id, type, new Step.Pass(), List.of(Exit.to(Exit.Kind.NEXT, "", h.blockId(), p.at())), p.at());
        }
        if (jump instanceof Jump.Away a) {
            return new Block(id, type, new Step.Link(a.flow(), returns), next.stream().toList(), p.at());
        }
        return b.nowhere(id, type, (Jump.Nowhere) jump, p);
    }

    /** Where a forward to voicemail goes: a mailbox nobody answers live, modelled as a message channel. */
    static Step voicemail(String box) {
        String name = box.isBlank() ? "a mailbox set at run time" : box;
        return new Step.Forward("voicemail " + name, Channel.EMAIL);
    }
}
