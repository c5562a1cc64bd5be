package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import io.ivraudit.model.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a call reaches someone: {@code Dial} (a phone of the PBX is a person; a number through a
 * trunk is a forward to that number; {@code Local/exten@context} runs that place of the dial
 * plan), {@code Queue} (a person per queue), {@code VoiceMail} (a mailbox: a forward nobody
 * answers live), {@code FollowMe}, {@code Directory}, conferences, {@code Stasis}; and
 * {@code Authenticate} (the caller enters a password). Which of person and number a dial string
 * is, is read from its shape, and the block's type says it was read that way. O(1) per priority.
 */
final class Reach {
    private static final Pattern LOCAL = Pattern.compile("(?i)^local/([^@/]+)@([^/]+)(/.*)?$");
    private static final Pattern NUMBER = Pattern.compile("^\\+?\\d{7,}$");

    private Reach() {}

    /** Adds the block for {@code p} if it is one of these applications; false if it is not. */
    static boolean add(FlowBuilder b, Extension e, Priority p, String id) {
        String first = Args.arg(p.data(), 0);
        Exit next = b.next(e, p);
        switch (p.appName()) {
            case "dial" -> dial(b, p, id, first, next);
            case "queue" -> b.add(Steps.block(id, p, new Step.Person(runTime(first) ? null : first), next));
            case "voicemail" -> b.add(Steps.block(id, p.written() + ": a mailbox, where nobody answers live", p,
                Steps.voicemail(first.split("&")[0]), next));
            case "followme" -> b.add(Steps.block(id, p, new Step.Person("FollowMe " + first), next));
            case "directory" -> b.add(Steps.block(id, p.written() + ": the caller picks a person by name", p,
                new Step.Person("dial-by-name directory" + (first.isEmpty() ? "" : " " + first)), next));
            case "confbridge", "meetme", "conference" -> b.add(Steps.block(id, p, new Step.Forward("conference "
                + (first.isEmpty() ? "(set at run time)" : first), Channel.PHONE), next));
            case "stasis" -> b.add(Steps.block(id, p.written() + ": the call is handed to an ARI application", p,
                new Step.Forward("ARI application " + first, Channel.PHONE), next));
            case "authenticate", "vmauthenticate" -> b.add(new Block(id, p.written(),
                new Step.Collect(null, "a password"), List.of(new Exit(Exit.Kind.SUCCESS, "", next.target(), next.then(),
                    p.at()), Exit.to(Exit.Kind.FAILURE, "Asterisk hangs up after three wrong passwords", null, p.at())),
                p.at()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void dial(FlowBuilder b, Priority p, String id, String devices, Exit next) {
        String device = devices.split("&")[0].strip();
        Matcher local = LOCAL.matcher(device);
        if (local.matches()) {
            Jump jump = b.jump(local.group(2) + "," + local.group(1) + ",1", p, false);
            b.add(Steps.jumpBlock(b, id, p.written() + ": a Local channel runs that place of the dial plan", p, jump,
                false, Optional.empty()));
            return;
        }
        Optional<String> number = outsideNumber(device);
        if (number.isPresent()) {
            b.add(Steps.block(id, p.written() + ": read as a number called through a trunk", p,
                new Step.Forward(number.get(), Channel.PHONE), next));
        } else if (runTime(device)) {
            b.add(Steps.block(id, p.written() + ": what is dialled is set at run time; taken to be a person", p,
                new Step.Person(null), next));
        } else {
            b.add(Steps.block(id, p.written() + ": read as a phone of the PBX, so a person", p,
                new Step.Person(device), next));
        }
    }

    /**
     * The number a dial string calls outside the PBX, if its shape says it does: a number of seven
     * digits or more, or a trunk: a variable naming one ({@code ${TRUNK}/...}), a provider
     * ({@code SIP/x@provider}) or a group and a number ({@code DAHDI/g1/5551234}).
     */
    static Optional<String> outsideNumber(String device) {
        int slash = device.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String tech = device.substring(0, slash);
        String resource = device.substring(slash + 1);
        String at = resource.contains("@") ? resource.substring(0, resource.indexOf('@')) : resource;
        String called = at.substring(at.lastIndexOf('/') + 1);
        if (NUMBER.matcher(called).matches()) {
            return Optional.of(called);
        }
        boolean trunk = tech.toUpperCase(Locale.ROOT).contains("TRUNK") || resource.contains("@")
            || resource.contains("/");
        return trunk ? Optional.of(device) : Optional.empty();
    }

    /** Whether a dial string or queue name is only a variable, set at run time. */
    private static boolean runTime(String text) {
        return text.isBlank() || text.strip().matches("\\$\\{[^}]*}");
    }
}
