package io.ivraudit.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A point in a phone tree. The types are those of SPEC section 1; a switch over them is
 * exhaustive, so a new type breaks the build wherever it must be handled.
 */
public sealed interface Node {
    /**
     * Applies the function for this node's type. Every type needs its function, so a new
     * node type breaks the build at every place that must handle it.
     */
    <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch);

    /** The node's id, unique in its tree. */
    String id();

    /** Where the node was written. */
    SourcePosition at();

    /** The type word of tree files: {@code menu}, {@code human}, ... */
    String type();

    /** The words this node says, if any. */
    default Optional<String> say() {
        return Optional.empty();
    }

    /** How long this node's own words take, in seconds. */
    default double sayingSeconds() {
        return 0;
    }

    /**
     * Speaking time of some words, in seconds: the written {@code seconds} if given, else the
     * number of whitespace-separated words divided by 2.5 (150 words a minute).
     */
    static double speakingSeconds(String say, Double seconds) {
        if (seconds != null) {
            return seconds;
        }
        if (say == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < say.length(); i++) {
            boolean space = Character.isWhitespace(say.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words / 2.5;
    }

    /**
     * A list of options the caller chooses from.
     *
     * @param onInvalid      where a wrong key or an unrecognised answer leads; {@code null}: the
     *                       menu itself (a repeat)
     * @param onTimeout      where saying nothing leads; {@code null}: wherever an invalid choice does
     * @param timeoutSeconds seconds of silence before the menu gives up waiting; {@code null}: 5
     * @param tries          how many times the menu is played in all before a wrong key or silence
     *                       takes {@code onInvalid} or {@code onTimeout}: the ones before replay the
     *                       menu (a platform's retry count: Genesys' repeat count, FreeSWITCH's
     *                       max-failures); {@code null}: the first wrong key or silence takes them
     */
    record Menu(String id, String sayText, Double seconds, List<Option> options, String onInvalid,
                String onTimeout, Double timeoutSeconds, Integer tries, SourcePosition at) implements Node {
        /** Seconds of silence a menu waits for when the tree does not say. */
        public static final double DEFAULT_TIMEOUT_SECONDS = 5;
        /** The most plays {@code tries} may give a menu. */
        public static final int MOST_TRIES = 10;

        public Menu {
            options = List.copyOf(options);
        }

        /** A menu whose first wrong key or silence takes {@code onInvalid} or {@code onTimeout}. */
        public Menu(String id, String sayText, Double seconds, List<Option> options, String onInvalid,
                    String onTimeout, Double timeoutSeconds, SourcePosition at) {
            this(id, sayText, seconds, options, onInvalid, onTimeout, timeoutSeconds, null, at);
        }

        /** A menu that repeats itself on a wrong key or on silence, with the default time-out. */
        public Menu(String id, String sayText, Double seconds, List<Option> options, String onInvalid,
                    SourcePosition at) {
            this(id, sayText, seconds, options, onInvalid, null, null, null, at);
        }

        /** How many times the menu is played before a wrong key or silence leaves it: {@code tries}, else 1. */
        public int plays() {
            return tries == null ? 1 : tries;
        }

        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return menu.apply(this);
        }
        @Override public String type() { return "menu"; }
        @Override public Optional<String> say() { return Optional.ofNullable(sayText); }
        @Override public double sayingSeconds() { return Node.speakingSeconds(sayText, seconds); }

        /** This menu with other options, everything else kept. */
        public Menu withOptions(List<Option> newOptions) {
            return new Menu(id, sayText, seconds, newOptions, onInvalid, onTimeout, timeoutSeconds, tries, at);
        }

        /** Where an invalid choice goes: {@code on_invalid}, or the menu itself (a repeat). */
        public String invalidTarget() {
            return onInvalid != null ? onInvalid : id;
        }

        /** Where a silent choice goes: {@code on_timeout}, or wherever an invalid choice goes. */
        public String timeoutTarget() {
            return onTimeout != null ? onTimeout : invalidTarget();
        }

        /** Seconds of silence before the menu stops waiting: {@code timeout_seconds}, default 5. */
        public double silenceSeconds() {
            return timeoutSeconds != null ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
        }

        /** The options callers hear, in announced order. */
        public List<Option> announced() {
            return options.stream().filter(o -> !o.hidden()).toList();
        }

        /**
         * Seconds of listening before choosing each option, by its place in {@link #options()}
         * (SPEC section 2): the menu's own words, then every announced option's words up to and
         * including the chosen one; a hidden option is pressed after the menu's own words alone.
         * The one statement of the listening-time rule. O(options).
         */
        public double[] listeningSeconds() {
            double own = sayingSeconds();
            double heard = own;
            double[] out = new double[options.size()];
            for (int o = 0; o < out.length; o++) {
                Option option = options.get(o);
                if (!option.hidden()) {
                    heard += Node.speakingSeconds(option.say(), null);
                }
                out[o] = option.hidden() ? own : heard;
            }
            return out;
        }

        /** Seconds of listening before choosing {@code option}, as {@link #listeningSeconds()} says. O(options). */
        public double secondsToChoose(Option option) {
            int at = options.indexOf(option);
            if (at < 0) {
                throw new IllegalStateException("option " + option.label() + " is not in menu '" + id + "'");
            }
            return listeningSeconds()[at];
        }

        /** Seconds of the whole announcement: what an invalid choice costs, and the prompt's length. */
        public double secondsOfAnnouncement() {
            double seconds = sayingSeconds();
            for (Option heard : announced()) {
                seconds += Node.speakingSeconds(heard.say(), null);
            }
            return seconds;
        }
    }

    /**
     * A person. Calls end here.
     *
     * @param holdSeconds expected wait in the queue before the person answers, in seconds
     * @param skills      intents this person can resolve besides those naming the node
     */
    record Human(String id, String queue, double holdSeconds, List<String> skills,
                 SourcePosition at) implements Node {
        public Human {
            skills = List.copyOf(skills);
        }
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return human.apply(this);
        }
        @Override public String type() { return "human"; }
    }

    /** An automated task; ends the call if it resolves the intent, else goes on to {@code next}. */
    record SelfService(String id, String sayText, Double seconds, String next, SourcePosition at)
            implements Node {
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return selfService.apply(this);
        }
        @Override public String type() { return "self_service"; }
        @Override public Optional<String> say() { return Optional.ofNullable(sayText); }
        @Override public double sayingSeconds() { return Node.speakingSeconds(sayText, seconds); }
    }

    /** Words played to the caller, then {@code next}. */
    record Message(String id, String sayText, Double seconds, String next, SourcePosition at)
            implements Node {
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return message.apply(this);
        }
        @Override public String type() { return "message"; }
        @Override public Optional<String> say() { return Optional.ofNullable(sayText); }
        @Override public double sayingSeconds() { return Node.speakingSeconds(sayText, seconds); }
    }

    /** Sends the caller to another channel (an address). Calls end here. */
    record Handoff(String id, String sayText, Double seconds, String address, SourcePosition at)
            implements Node {
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return handoff.apply(this);
        }
        @Override public String type() { return "handoff"; }
        @Override public Optional<String> say() { return Optional.ofNullable(sayText); }
        @Override public double sayingSeconds() { return Node.speakingSeconds(sayText, seconds); }
    }

    /** The tree hangs up. Calls end here. */
    record Hangup(String id, String sayText, Double seconds, SourcePosition at) implements Node {
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return hangup.apply(this);
        }
        @Override public String type() { return "hangup"; }
        @Override public Optional<String> say() { return Optional.ofNullable(sayText); }
        @Override public double sayingSeconds() { return Node.speakingSeconds(sayText, seconds); }
    }

    /** A silent split by share, such as business hours: a share of calls takes each arm. */
    record Branch(String id, List<BranchArm> branches, SourcePosition at) implements Node {
        public Branch {
            branches = List.copyOf(branches);
        }
        @Override public <R> R match(Function<Menu, R> menu, Function<Human, R> human,
                Function<SelfService, R> selfService, Function<Message, R> message,
                Function<Handoff, R> handoff, Function<Hangup, R> hangup,
                Function<Branch, R> branch) {
            return branch.apply(this);
        }
        @Override public String type() { return "branch"; }
    }
}
