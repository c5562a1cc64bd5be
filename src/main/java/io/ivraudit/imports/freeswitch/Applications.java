package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a dial-plan application run by {@code menu-exec-app} (or {@code exec-on-max-failures})
 * does for a caller: {@code transfer} to a dial-plan extension, {@code bridge} to a person or an
 * outside number, {@code callcenter} and {@code fifo} queues, {@code hangup}, {@code playback}
 * and the other prompts, {@code ivr} (another menu), scripts, and the applications that mean
 * nothing to callers. A parameter that names no application FreeSWITCH ships is a defect of
 * the file: FreeSWITCH cannot run it, the menu fails and the IVR exits. O(length of the parameter).
 */
final class Applications {
    /** Applications after which the menu simply plays again: they mean nothing to a caller. */
    private static final Set<String> QUIET = Set.of("answer", "pre_answer", "ring_ready", "set", "export", "unset",
        "multiset", "multiunset", "set_global", "set_profile_var", "set_user", "push", "unshift", "log", "info",
        "event", "sleep", "send_dtmf", "start_dtmf", "stop_dtmf", "start_dtmf_generate", "stop_dtmf_generate",
        "flush_dtmf", "bind_digit_action", "clear_digit_action", "digit_action_set_realm", "bind_meta_app",
        "unbind_meta_app", "record_session", "stop_record_session", "sched_hangup", "sched_transfer",
        "sched_broadcast", "sched_cancel", "limit", "limit_hash", "db", "hash", "group", "set_audio_level",
        "set_mute", "set_name", "set_zombie_exec", "privacy", "presence", "phrase_set", "strftime",
        "verbose_events", "session_loglevel", "system", "bgsystem", "enable_heartbeat", "jitterbuffer",
        "media_reset", "deduplicate_dtmf", "capture", "eval", "cng_plc", "displace_session",
        "stop_displace_session", "tone_detect", "stop_tone_detect", "spandsp_start_dtmf", "detect_speech",
        "play_fsv", "record", "gentones", "delay_echo", "echo", "park_state", "wait_for_silence", "wait_for_answer",
        "att_xfer", "read", "play_and_get_digits", "userspool", "tts_commandline", "sound_test", "check_acl",
        "verto_contact", "rename", "soft_hold", "mkdir", "curl", "hold", "unhold");
    private static final Set<String> SCRIPTS = Set.of("lua", "luarun", "javascript", "python", "perl", "java",
        "socket", "httapi", "rss", "esf_page_group", "erlang", "erlang_sendmsg", "managed", "v8", "mono");
    private static final Set<String> PROMPTS = Set.of("playback", "endless_playback", "speak", "say", "phrase",
        "play_and_detect_speech", "broadcast");
    private static final Set<String> HANGUPS = Set.of("hangup", "respond", "reject", "kill");
    private static final Set<String> EXTENSIONS = Set.of("transfer", "execute_extension", "sched_transfer_now");
    private static final Set<String> LOCAL_HOSTS = Set.of("$${domain}", "${domain}", "${domain_name}", "$${domain_name}",
        "${dialed_domain}", "$${local_ip_v4}", "${local_ip_v4}", "localhost", "127.0.0.1");
    private static final Pattern APPLICATION = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d{7,}");

    private Applications() {}

    /** Where the call goes after the application runs. */
    enum After {
        /** The menu plays again (the application returned). */
        MENU,
        /** The step ends the call or hands it over: a person, a forward, a hang-up. */
        ENDS,
        /** FreeSWITCH cannot run it: the menu fails and the IVR exits (a defect of the file). */
        IVR_EXITS
    }

    /**
     * An application as a step: what it does, the platform's word for it (the report's type),
     * where the call goes after it, and what the report says of that way on.
     */
    record Run(Step step, String type, After after, String note) {}

    /** What {@code menu-exec-app} with this parameter does. */
    static Run of(String param) {
        String text = param == null ? "" : param.strip();
        int space = text.indexOf(' ');
        String app = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        if (text.isEmpty()) {
            return defect("menu-exec-app", "an empty parameter names no application");
        }
        if (!APPLICATION.matcher(app).matches()) {
            return defect("menu-exec-app", "'" + text + "' names no application ('" + app + "' is not one)");
        }
        if (EXTENSIONS.contains(app)) {
            return new Run(new Step.Forward(extension(args), Channel.PHONE), "menu-exec-app " + app
                + " (a dial-plan extension the file does not hold)", After.ENDS,
                "after the transfer the call is in the dial plan; if that extension runs another IVR menu, the menu "
                    + "file cannot say so");
        }
        if (app.equals("bridge")) {
            return bridge(args);
        }
        if (app.equals("callcenter") || app.equals("fifo") || app.equals("valet_park") || app.equals("park")) {
            String queue = args.isEmpty() ? app : app + " " + args.split("\\s+")[0];
            return new Run(new Step.Person(queue), "menu-exec-app " + app + " (a queue: a person)", After.ENDS,
                "the caller leaves the queue: the menu plays again");
        }
        if (app.equals("voicemail") || app.equals("conference")) {
            return new Run(new Step.Forward(app + " " + args, Channel.PHONE), "menu-exec-app " + app, After.ENDS,
                "after the " + app + " the menu plays again");
        }
        if (HANGUPS.contains(app)) {
            return new Run(new Step.Hangup(null), "menu-exec-app " + app, After.ENDS, "");
        }
        if (PROMPTS.contains(app)) {
            return new Run(prompt(app, args), "menu-exec-app " + app, After.MENU, "after the words the menu plays again");
        }
        if (app.equals("ivr")) {
            return new Run(new Step.Link(args.split("\\s+")[0], true), "menu-exec-app ivr", After.MENU,
                "when that menu exits, this one plays again");
        }
        if (SCRIPTS.contains(app)) {
            return new Run(new Step.Pass(), "menu-exec-app " + app, After.MENU, "runs '" + text + "', which the file does "
                + "not hold: taken to come back to the menu (a guess)");
        }
        if (QUIET.contains(app)) {
            return new Run(new Step.Pass(), "menu-exec-app " + app, After.MENU, app + " means nothing to a caller: "
                + "the menu plays again");
        }
        return defect("menu-exec-app", "'" + app + "' is no application of FreeSWITCH's modules");
    }

    /** A menu action or application FreeSWITCH cannot run: the IVR exits there. */
    static Run defect(String type, String what) {
        return new Run(new Step.Pass(), type, After.IVR_EXITS, "defect: " + what + "; FreeSWITCH cannot run it, "
            + "so the IVR exits here");
    }

    /** A sound as the words a caller hears: {@code say:} text is words; a file or a phrase macro is a recording. */
    static Step.Play sound(String sound) {
        String words = Sounds.words(sound);
        return new Step.Play(words, words == null);
    }

    private static Step prompt(String app, String args) {
        return switch (app) {
            case "speak" -> {
                String[] parts = args.split("\\|", 3);
                String words = parts.length == 3 ? parts[2].strip() : null;
                yield new Step.Play(words == null || words.isEmpty() ? null : words, words == null || words.isEmpty());
            }
            case "playback", "endless_playback", "broadcast" -> sound(args.split("\\s+")[0].isEmpty() ? null : args);
            default -> new Step.Play(null, true);
        };
    }

    /** {@code transfer 9196 XML default} as an address: the extension and, where written, its dial plan and context. */
    static String extension(String args) {
        String[] parts = args.strip().split("\\s+");
        String where = parts.length > 1 ? " (" + String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length)) + ")" : "";
        return "extension " + (parts[0].isEmpty() ? "?" : parts[0]) + where;
    }

    /**
     * A dial string: a local user, a group, or a SIP user of this domain is a person; a gateway,
     * a telephony card or a SIP address of another host is an outside number; {@code loopback/}
     * is a dial-plan extension, {@code error/} a hang-up.
     */
    private static Run bridge(String args) {
        String dial = args.replaceFirst("^(\\s*(\\{[^}]*}|\\[[^]]*]|<[^>]*>))+", "").strip();
        String first = dial.split("[,|]|:_:", 2)[0].strip();
        String lower = first.toLowerCase(Locale.ROOT);
        String[] parts = first.split("/", 4);
        String after = "the bridge fails or ends: the menu plays again";
        if (lower.startsWith("user/") || lower.startsWith("group/") || lower.startsWith("verto")) {
            return person(dial, "a local user: a person", after);
        }
        if (lower.startsWith("sofia/gateway/") && parts.length == 4) {
            return outside(parts[3] + " (gateway " + parts[2] + ")", "an outside number through a gateway", after);
        }
        if (lower.startsWith("freetdm/") || lower.startsWith("dahdi/") || lower.startsWith("openzap/")
            || lower.startsWith("zap/")) {
            return outside(first, "an outside number on a telephony card", after);
        }
        if (lower.startsWith("loopback/")) {
            return new Run(new Step.Forward(extension(String.join(" ", first.substring(9).split("/"))), Channel.PHONE),
                "menu-exec-app bridge (a dial-plan extension the file does not hold)", After.ENDS, after);
        }
        if (lower.startsWith("error/")) {
            return new Run(new Step.Hangup(null), "menu-exec-app bridge error", After.ENDS, "");
        }
        if (lower.startsWith("sofia/") && parts.length >= 3) {
            String target = first.substring(first.indexOf('/', 6) + 1);
            int at = target.lastIndexOf('@');
            if (target.contains("%") || at < 0 && !LONG_NUMBER.matcher(target).matches()
                || at >= 0 && LOCAL_HOSTS.contains(target.substring(at + 1).toLowerCase(Locale.ROOT))) {
                return person(dial, "a SIP user of this domain: a person", after);
            }
            return outside(at < 0 ? target : "sip:" + target, "an outside " + (at < 0 ? "number" : "SIP address"), after);
        }
        return person(dial.isEmpty() ? "bridge" : dial, "a person (the dial string's kind is not known)", after);
    }

    private static Run person(String dial, String what, String after) {
        return new Run(new Step.Person(dial), "menu-exec-app bridge (" + what + ")", After.ENDS, after);
    }

    private static Run outside(String address, String what, String after) {
        return new Run(new Step.Forward(address, Channel.PHONE), "menu-exec-app bridge (" + what + ")", After.ENDS, after);
    }
}
