package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The menus of one context, where a call reads keys ({@code WaitExten}): every key that reaches an
 * extension of the context (or of one it includes) is a choice; numbers of several keys
 * ({@code 1000}, {@code _7XXX}) are a data entry (the caller dials an extension) behind the key
 * they start with, when no extension of that one key exists; a wrong number goes to the {@code i}
 * extension (else {@code e}, else Asterisk hangs up), silence to the next priority (else {@code t},
 * else {@code e}, else Asterisk hangs up), as {@code pbx_builtin_waitexten} and the PBX loop do.
 * O(extensions x keys) once per context.
 */
final class Menus {
    private static final Pattern RESPONSE = Pattern.compile("(?i)^\\s*TIMEOUT\\(response\\)\\s*=\\s*([0-9.]+)\\s*$");
    /** Asterisk's response timeout when nothing sets it: 10 seconds (TIMEOUT() documentation). */
    static final double RESPONSE_SECONDS = 10;

    private final FlowBuilder b;
    private List<Exit> keys;

    Menus(FlowBuilder b) {
        this.b = b;
    }

    /** A {@code WaitExten(seconds)} priority: the keys of the context, a wrong number, silence. */
    Block waitExten(Extension e, Priority p, String id) {
        List<Exit> exits = new ArrayList<>(keys(p.at()));
        exits.add(noMatch(p.at()));
        exits.add(timeout(e, p));
        double seconds = seconds(Args.arg(p.data(), 0)).orElseGet(() -> responseTimeout(e, p));
        return new Block(id, p.written(), new Step.Ask(null, false, false, seconds), exits, p.at());
    }

    /** Silence at a menu: the next priority, else t, else e, else the call ends. */
    Exit timeout(Extension e, Priority p) {
        Optional<String> next = b.nextId(e, p);
        if (next.isPresent()) {
            return Exit.to(Exit.Kind.TIMEOUT, "the next priority", next.get(), p.at());
        }
        return special(Exit.Kind.TIMEOUT, "t", p.at());
    }

    /** A wrong number: i, else e, else the call ends. */
    Exit noMatch(SourcePosition at) {
        return special(Exit.Kind.NO_MATCH, "i", at);
    }

    private Exit special(Exit.Kind kind, String name, SourcePosition at) {
        Lookup here = b.here();
        Optional<Lookup.Place> own = here.dial(name);
        if (own.isPresent()) {
            return Exit.to(kind, "extension " + name, own.get().blockId(), at);
        }
        Optional<Lookup.Place> catchAll = here.dial("e");
        if (catchAll.isPresent()) {
            return Exit.to(kind, "extension e, as there is no " + name, catchAll.get().blockId(), at);
        }
        return Exit.to(kind, "no extension " + name + " or e", null, at);
    }

    /** The key choices of the context, the same at every menu of it. */
    List<Exit> keys(SourcePosition at) {
        if (keys == null) {
            keys = List.copyOf(keyExits(at));
        }
        return keys;
    }

    private List<Exit> keyExits(SourcePosition at) {
        Lookup here = b.here();
        Map<Character, Lookup.Place> single = new LinkedHashMap<>();
        for (char key : Patterns.KEYS.toCharArray()) {
            here.dial(String.valueOf(key)).ifPresent(place -> single.put(key, place));
        }
        Map<Character, List<Extension>> groups = new LinkedHashMap<>();
        List<Exit> shadowed = new ArrayList<>();
        for (Extension e : here.visible()) {
            if (!Patterns.dialledWithSeveralKeys(e.name) || !e.priorities.containsKey(1)) {
                continue;
            }
            Set<Character> first = Patterns.firstKeys(e.name);
            first.stream().filter(k -> !single.containsKey(k))
                .forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
            if (first.stream().anyMatch(single::containsKey)) {
                shadowed.add(Exit.to(Exit.Kind.KEY, e.name, e.blockId(1), e.at));
            }
        }
        List<Exit> out = new ArrayList<>();
        for (char key : Patterns.KEYS.toCharArray()) {
            if (single.containsKey(key)) {
                Lookup.Place place = single.get(key);
                out.add(Exit.to(Exit.Kind.KEY, String.valueOf(key), place.blockId(), place.extension().at));
            } else if (groups.containsKey(key)) {
                out.add(Exit.to(Exit.Kind.KEY, String.valueOf(key), dialGroup(key, groups.get(key), at), at));
            }
        }
        out.addAll(shadowed);
        return out;
    }

    /**
     * Key {@code key} starts a number of several keys: the caller dials it (data entry: accepted,
     * or a wrong number that goes where a wrong key goes), then reaches one of the extensions it
     * can be (an equal share each).
     */
    private String dialGroup(char key, List<Extension> members, SourcePosition at) {
        String name = b.here().context().name;
        String id = name + ",(dial " + key + "...)";
        if (b.has(id)) {
            return id;
        }
        String success;
        if (members.size() == 1) {
            success = members.get(0).blockId(1);
        } else {
            success = name + ",(extension dialled after " + key + ")";
            List<Exit> cases = new ArrayList<>();
            for (Extension e : members) {
                cases.add(Exit.to(Exit.Kind.CASE, e.name, e.blockId(1), e.at));
            }
            b.add(new Block(success, "the number dialled after " + key, new Step.Split("the number dialled after "
                + key + " (the dial plan cannot say which)", null), cases, at));
        }
        Set<String> names = new LinkedHashSet<>();
        members.forEach(e -> names.add(e.name));
        String what = "an extension number starting with " + key + " (" + String.join(", ", names) + ")";
        b.add(new Block(id, "dialling an extension that starts with " + key, new Step.Collect(null, what),
            List.of(Exit.to(Exit.Kind.SUCCESS, "an extension of this context", success, at),
                noMatch(at).kind() == Exit.Kind.NO_MATCH ? failure(at) : failure(at)), at));
        return id;
    }

    private Exit failure(SourcePosition at) {
        Exit wrong = noMatch(at);
        return new Exit(Exit.Kind.FAILURE, "a number no extension matches: " + wrong.value(), wrong.target(),
            wrong.then(), at);
    }

    /** The response timeout a WaitExten() without seconds waits: set earlier in the extension, else 10 s. */
    static double responseTimeout(Extension e, Priority p) {
        double seconds = RESPONSE_SECONDS;
        for (Priority before : e.priorities.headMap(p.number()).values()) {
            if (before.appName().equals("set")) {
                Matcher m = RESPONSE.matcher(before.data());
                if (m.matches()) {
                    seconds = seconds(m.group(1)).orElse(seconds);
                }
            }
        }
        return seconds;
    }

    static Optional<Double> seconds(String text) {
        try {
            double s = Double.parseDouble(text.strip());
            return s > 0 && s < 86_400 ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
