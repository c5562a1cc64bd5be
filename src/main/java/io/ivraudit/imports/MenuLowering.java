package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A menu as callers hear it: options in the order the prompt announces them, a key and the
 * phrase that leads to the same place joined into one option, announced choices with the
 * sentence that announces them, unannounced keys hidden (a spoken choice at a speech menu is
 * not: a bot understands what callers say in their own words, "How can I help you?"); a wrong answer to {@code on_invalid},
 * silence to {@code on_timeout}, as the platform routes them. O(exits x sentences).
 */
final class MenuLowering {
    private static final Pattern ONE_KEY = Pattern.compile("[0-9*#]");

    private final Lowering l;
    private final Flow flow;
    private final Block block;
    private final Step.Ask ask;

    MenuLowering(Lowering l, Flow flow, Block block, Step.Ask ask) {
        this.l = l;
        this.flow = flow;
        this.block = block;
        this.ask = ask;
    }

    /** A choice as it will be written, with where the prompt announces it (-1: never). */
    private record Choice(String key, String phrase, String say, String goTo, int announcedAt, int order) {}

    String lower(Set<String> before) {
        List<Exit> used = new ArrayList<>();
        List<Exit> keys = new ArrayList<>();
        List<Exit> phrases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Exit exit : block.exits()) {
            if (exit.kind() == Exit.Kind.KEY && !ONE_KEY.matcher(exit.value()).matches()) {
                used.add(exit);
                l.line(flow, block, exit.describe(), Fate.CUT, "'" + exit.value() + "' is not one key: callers cannot choose it at a menu");
            } else if ((exit.kind() == Exit.Kind.KEY || exit.kind() == Exit.Kind.PHRASE) && !seen.add(exit.kind() + Announcements.asWords(exit.value()))) {
                used.add(exit);
                l.line(flow, block, exit.describe(), Fate.CUT, "the same choice is listed twice; the first one counts");
            } else if (exit.kind() == Exit.Kind.KEY) {
                keys.add(exit);
            } else if (exit.kind() == Exit.Kind.PHRASE) {
                phrases.add(exit);
            }
        }
        if (keys.isEmpty() && phrases.isEmpty()) {
            l.line(flow, block, "", Fate.MAPPED, "a menu with no choice a caller can make: its prompt is played as a message");
            return asMessage(before);
        }
        String id = l.reserve(flow, block, "menu");
        Set<String> following = new LinkedHashSet<>();
        Announcements prompt = new Announcements(ask.prompt());
        List<Choice> choices = new ArrayList<>();
        for (Exit exit : keys) {
            int at = prompt.announceKey(exit.value());
            choices.add(new Choice(exit.value(), null, at < 0 ? null : Lowering.blankToNull(prompt.sentence(at)),
                l.follow(flow, block, exit, following), at, choices.size()));
            used.add(exit);
        }
        for (Exit exit : phrases) {
            String words = Announcements.asWords(exit.value());
            String to = l.follow(flow, block, exit, following);
            used.add(exit);
            int at = prompt.mention(exit.value());
            Optional<Choice> twin = choices.stream().filter(c -> c.phrase() == null && c.goTo().equals(to)).findFirst();
            if (twin.isPresent()) {
                Choice t = twin.get();
                choices.set(choices.indexOf(t), new Choice(t.key(), words, t.say(), t.goTo(),
                    t.announcedAt() >= 0 ? t.announcedAt() : at, t.order()));
                l.line(flow, block, exit.describe(), Fate.MAPPED, "the same option as key " + t.key() + " (both lead to '" + to + "')");
            } else if (choices.stream().anyMatch(c -> words.equals(c.phrase()))) {
                l.line(flow, block, exit.describe(), Fate.CUT, "the phrase is already an option");
            } else {
                choices.add(new Choice(null, words, null, to, at, choices.size()));
            }
        }
        choices.sort(Comparator.comparingInt((Choice c) -> c.announcedAt() < 0 ? Integer.MAX_VALUE : c.announcedAt())
            .thenComparingInt(Choice::order));
        List<Option> options = new ArrayList<>();
        for (Choice c : choices) {
            boolean understood = ask.speech() && c.key() == null;
            boolean hidden = c.announcedAt() < 0 && !understood && !ask.dynamic() && ask.prompt() != null
                && !ask.prompt().isBlank();
            if (hidden) {
                l.line(flow, block, c.key() != null ? "key " + c.key() : "phrase '" + c.phrase() + "'", Fate.MAPPED,
                    "the prompt never announces it: imported as a hidden option");
            }
            options.add(new Option(c.key(), c.phrase(), c.say(), c.goTo(), List.of(), hidden, block.at()));
        }
        String onInvalid = fallback(Exit.Kind.NO_MATCH, used, following);
        String onTimeout = fallback(Exit.Kind.TIMEOUT, used, following);
        String rest = prompt.rest();
        l.nodes.put(id, new Node.Menu(id, Lowering.blankToNull(rest), null, options, onInvalid, onTimeout,
            ask.timeoutSeconds(), tries(), block.at()));
        l.cutRest(flow, block, used, ask.speech()
            ? "the bot or speech recognition failing is a system error, not a caller's answer: not modelled"
            : "a system error at the menu is not a caller's choice: not modelled");
        return id;
    }

    /** The menu's plays before a wrong answer or silence leaves it, within what a tree holds; the report says when it was cut down. */
    private Integer tries() {
        if (ask.tries() == null || ask.tries() <= 1) {
            return null;
        }
        if (ask.tries() > Node.Menu.MOST_TRIES) {
            l.line(flow, block, "", Fate.GUESSED, "the platform plays the menu " + ask.tries() + " times before a wrong answer or "
                + "silence leaves it; the tree keeps " + Node.Menu.MOST_TRIES + ", the most a menu's tries may be");
            return Node.Menu.MOST_TRIES;
        }
        return ask.tries();
    }

    /** Where a wrong answer or silence goes: its exit's block, or what the platform does when it is not connected. */
    private String fallback(Exit.Kind kind, List<Exit> used, Set<String> following) {
        List<Exit> exits = block.exits(kind);
        if (exits.isEmpty()) {
            return null;
        }
        used.add(exits.get(0));
        String to = l.follow(flow, block, exits.get(0), following);
        for (Exit extra : exits.subList(1, exits.size())) {
            used.add(extra);
            l.line(flow, block, extra.describe(), Fate.CUT, "a second " + kind.name().toLowerCase().replace('_', ' ')
                + " way: the first one counts");
        }
        return to;
    }

    private String asMessage(Set<String> following) {
        String id = l.reserve(flow, block, "message");
        Optional<Exit> next = block.exit(Exit.Kind.NEXT).or(() -> block.exit(Exit.Kind.NO_MATCH))
            .or(() -> block.exit(Exit.Kind.TIMEOUT));
        String to = next.map(e -> l.follow(flow, block, e, following)).orElseGet(() -> l.endOf(flow));
        l.nodes.put(id, new Node.Message(id, Lowering.blankToNull(ask.prompt()), null, to, block.at()));
        l.cutRest(flow, block, next.stream().toList(), "not a way on for a caller who has nothing to choose");
        return id;
    }
}
