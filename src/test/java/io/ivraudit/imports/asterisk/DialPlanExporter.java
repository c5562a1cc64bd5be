package io.ivraudit.imports.asterisk;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes random menu structures as Asterisk dial plans, the way people write them: a context per
 * menu ({@code [m0]}, {@code [m1]}, ...), a prompt ({@code Background(...)}) or not, and a
 * {@code WaitExten}; key extensions that queue, dial a phone, go to another menu, play information
 * and hang up, leave voicemail, call an outside number, or go to a context that does not exist;
 * {@code i}, {@code t} and {@code e} extensions or none; and a shared context some menus
 * include. It also says what each menu must import to: its keys, where each leads, and where a
 * wrong key and silence go.
 */
final class DialPlanExporter {
    private static final String KEYS = "1234567890*#";

    private DialPlanExporter() {}

    /** Where a choice must lead in the imported tree. */
    sealed interface Expect {
        /** A person in this queue. */
        record Person(String queue) implements Expect {}
        /** The first node of menu context {@code context}: its prompt, or the menu itself. */
        record Menu(String context) implements Expect {}
        /** Words, then a hang-up the dial plan writes. */
        record Info() implements Expect {}
        /** A handoff to this address. */
        record Handoff(String address) implements Expect {}
        /** The call ends where the platform drops it. */
        record Ends() implements Expect {}
        /** Words, then back to the first node of menu context {@code context}. */
        record Retry(String context) implements Expect {}
    }

    /** A menu as generated: its context, whether it has a prompt, its choices and fallbacks. */
    record Menu(String context, boolean prompt, Map<String, Expect> keys, Expect onInvalid, Expect onTimeout) {
        /** The id the menu node gets: the WaitExten's block id made a slug. */
        String nodeId() {
            return context + "-s-" + (prompt ? 2 : 1);
        }

        /** The id of the first node a call entering the context meets. */
        String entryId() {
            return context + "-s-1";
        }
    }

    record Export(String text, List<Menu> menus) {}

    static Export export(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(4);
        Map<String, Expect> shared = new LinkedHashMap<>();
        StringBuilder common = new StringBuilder("[common]\n");
        for (String key : pick(random, 1 + random.nextInt(3))) {
            common.append(choice(random, key, count, shared, "c"));
        }
        List<Menu> menus = new ArrayList<>();
        StringBuilder text = new StringBuilder("; generated\n[general]\nstatic=yes\n\n");
        for (int m = 0; m < count; m++) {
            text.append(menu(random, m, count, shared, menus)).append('\n');
        }
        text.append(common);
        return new Export(text.toString(), menus);
    }

    private static String menu(Random random, int m, int count, Map<String, Expect> shared, List<Menu> menus) {
        String context = "m" + m;
        boolean prompt = random.nextBoolean();
        boolean includes = random.nextInt(3) == 0;
        StringBuilder out = new StringBuilder("[" + context + "]\n");
        if (includes) {
            out.append("include => common\n");
        }
        out.append("exten => s,1,").append(prompt ? "Background(menu-" + m + ")\n same => n,WaitExten(" : "WaitExten(")
            .append(1 + random.nextInt(9)).append(")\n");
        Map<String, Expect> keys = new LinkedHashMap<>();
        for (String key : pick(random, 1 + random.nextInt(5))) {
            out.append(choice(random, key, count, keys, context));
        }
        if (includes) {
            shared.forEach(keys::putIfAbsent);
        }
        Expect self = new Expect.Retry(context);
        boolean catchAll = random.nextInt(4) == 0;
        Expect invalid = fallback(random, out, "i", self);
        Expect timeout = fallback(random, out, "t", self);
        if (catchAll) {
            out.append("exten => e,1,Queue(catch-all)\n");
            invalid = invalid instanceof Expect.Ends ? new Expect.Person("catch-all") : invalid;
            timeout = timeout instanceof Expect.Ends ? new Expect.Person("catch-all") : timeout;
        }
        menus.add(new Menu(context, prompt, keys, invalid, timeout));
        return out.toString();
    }

    private static Expect fallback(Random random, StringBuilder out, String extension, Expect self) {
        switch (random.nextInt(3)) {
            case 0 -> {
                out.append("exten => ").append(extension).append(",1,Playback(sorry)\n same => n,Goto(s,1)\n");
                return self;
            }
            case 1 -> {
                out.append("exten => ").append(extension).append(",1,Hangup()\n");
                return new Expect.Info();
            }
            default -> {
                return new Expect.Ends();
            }
        }
    }

    private static String choice(Random random, String key, int count, Map<String, Expect> keys, String context) {
        String head = "exten => " + key + ",1,";
        int n = random.nextInt(1000);
        switch (random.nextInt(7)) {
            case 0 -> {
                keys.put(key, new Expect.Person("q" + n));
                return head + "Queue(q" + n + ")\n";
            }
            case 1 -> {
                keys.put(key, new Expect.Person("SIP/peer" + n));
                return head + "Dial(SIP/peer" + n + ",20)\n same => n,VoiceMail(" + n + ",u)\n";
            }
            case 2 -> {
                int target = random.nextInt(count);
                keys.put(key, new Expect.Menu("m" + target));
                return head + "Goto(m" + target + ",s,1)\n";
            }
            case 3 -> {
                keys.put(key, new Expect.Info());
                return head + "Playback(info-" + n + ")\n same => n,Hangup()\n";
            }
            case 4 -> {
                keys.put(key, new Expect.Handoff("voicemail " + n + "@default"));
                return head + "VoiceMail(" + n + "@default,u)\n";
            }
            case 5 -> {
                String number = "+1503555" + String.format("%04d", n);
                keys.put(key, new Expect.Handoff(number));
                return head + "Dial(SIP/" + number + "@trunk)\n";
            }
            default -> {
                keys.put(key, new Expect.Ends());
                return head + "Goto(nosuch-" + context + ",s,1)\n";
            }
        }
    }

    private static Set<String> pick(Random random, int n) {
        Set<String> keys = new LinkedHashSet<>();
        while (keys.size() < n) {
            keys.add(String.valueOf(KEYS.charAt(random.nextInt(KEYS.length()))));
        }
        return keys;
    }

    /** Whether node {@code id} of the tree is what {@code expect} says, for the menus of {@code export}. */
    static boolean leadsTo(Tree tree, Export export, String id, Expect expect) {
        Node node = tree.nodes().get(id);
        if (expect instanceof Expect.Person p) {
            return node instanceof Node.Human h && p.queue().equals(h.queue());
        }
        if (expect instanceof Expect.Menu m) {
            return export.menus().stream().filter(x -> x.context().equals(m.context())).anyMatch(x -> x.entryId().equals(id));
        }
        if (expect instanceof Expect.Info) {
            return node instanceof Node.Hangup && !id.startsWith("call-ends")
                || node instanceof Node.Message msg && tree.nodes().get(msg.next()) instanceof Node.Hangup;
        }
        if (expect instanceof Expect.Retry r) {
            return node instanceof Node.Message msg && leadsTo(tree, export, msg.next(), new Expect.Menu(r.context()));
        }
        if (expect instanceof Expect.Handoff h) {
            return node instanceof Node.Handoff handoff && handoff.address().equals(h.address());
        }
        return node instanceof Node.Hangup && id.startsWith("call-ends");
    }
}
