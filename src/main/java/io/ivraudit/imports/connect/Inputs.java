package io.ivraudit.imports.connect;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.imports.connect.Exits.Shape;
import io.ivraudit.imports.connect.Prompts.Prompt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The blocks where a caller answers: key menus ({@code GetParticipantInput} with conditions),
 * speech menus (Lex bots), and stored input ({@code StoreInput: "True"}). Stored input the flow
 * goes on to compare, through blocks callers do not notice, against single keys is a key menu with
 * that Compare's choices; other stored input is data entry. A Lex bot whose intent a Compare reads
 * the same way gets that Compare's intents as phrases. O(actions) per input block.
 */
final class Inputs {
    private static final Pattern ONE_KEY = Pattern.compile("[0-9*#]");
    private static final List<String> MENU_ERRORS = List.of(Exits.NO_MATCHING_CONDITION, Exits.TIMEOUT, Exits.NO_MATCHING_ERROR);
    private static final List<String> LEX_ERRORS = List.of(Exits.NO_MATCHING_CONDITION, Exits.NO_MATCHING_ERROR);

    private final Map<String, Action> actions;
    private final References references;
    private final Map<String, List<String>> into = new HashMap<>();

    Inputs(Map<String, Action> actions, References references) {
        this.actions = actions;
        this.references = references;
        for (Action a : actions.values()) {
            a.ways().stream().filter(w -> w.target() != null)
                .forEach(w -> into.computeIfAbsent(w.target(), t -> new ArrayList<>()).add(a.id()));
        }
    }

    Block getParticipantInput(Action a) {
        if (a.parameters().has("LexV2Bot") || a.parameters().has("LexBot")) {
            return lexBot(a);
        }
        Prompt prompt = Prompts.of(a.parameters());
        Double timeout = seconds(a);
        if (storesInput(a)) {
            return storedInput(a, prompt, timeout);
        }
        return new Block(a.id(), a.type(), new Step.Ask(prompt.words(), prompt.dynamic(), false, timeout),
            Exits.of(a, Shape.choosing(Exit.Kind.KEY, MENU_ERRORS)), a.at());
    }

    /** A speech menu: each intent the bot's conditions (or the Compare after it) name is a phrase. */
    Block lexBot(Action a) {
        Prompt prompt = Prompts.of(a.parameters());
        List<Exit> own = Exits.of(a, new Shape(Inputs::phrase, LEX_ERRORS, List.of(), true, false, Exit.Kind.NEXT));
        String onward = a.error(Exits.NO_MATCHING_CONDITION).or(a::next).map(Way::target).orElse(null);
        Optional<Action> compare = compareReading(onward, References.LEX_INTENT);
        Step.Ask ask = new Step.Ask(prompt.words(), prompt.dynamic(), true, seconds(a));
        if (compare.isEmpty()) {
            return new Block(a.id(), a.type(), ask, own, a.at());
        }
        List<Exit> exits = new ArrayList<>(own.stream().filter(e -> e.kind() == Exit.Kind.PHRASE).toList());
        for (Way way : compare.get().ways(Way.Source.CONDITION)) {
            exits.add(Exit.to(phrase(way), way.described(), way.target(), way.at()));
        }
        exits.add(noMatchOf(compare.get()));
        String read = ", to Compare '" + compare.get().id() + "', which reads the intent";
        own.stream().filter(e -> e.kind() != Exit.Kind.PHRASE)
            .forEach(e -> exits.add(e.connected() && e.target().equals(onward) ? Exits.renamed(e, read) : e));
        return new Block(a.id(), a.type(), ask, exits, a.at());
    }

    /** Stored input: a key menu when a Compare reads it against single keys, else data entry. */
    private Block storedInput(Action a, Prompt prompt, Double timeout) {
        boolean phone = a.parameters().object("InputValidation").has("PhoneNumberValidation");
        List<String> documented = phone ? List.of(Exits.NO_MATCHING_ERROR, "InvalidPhoneNumber") : List.of(Exits.NO_MATCHING_ERROR);
        Optional<Action> compare = a.next().flatMap(w -> compareReading(w.target(), References.STORED_INPUT));
        if (compare.isEmpty() || !singleKeys(compare.get())) {
            return new Block(a.id(), a.type(), new Step.Collect(prompt.words(), what(a, prompt, phone)),
                Exits.of(a, new Shape(w -> Exit.Kind.CASE, documented, List.of(), false, false, Exit.Kind.SUCCESS)), a.at());
        }
        List<Exit> exits = new ArrayList<>();
        Exit noMatch = noMatchOf(compare.get());
        for (Way way : compare.get().ways(Way.Source.CONDITION)) {
            boolean silence = way.value().equalsIgnoreCase("Timeout");
            exits.add(Exit.to(silence ? Exit.Kind.TIMEOUT : Exit.Kind.KEY, way.value(), way.target(), way.at()));
        }
        exits.add(noMatch);
        if (exits.stream().noneMatch(e -> e.kind() == Exit.Kind.TIMEOUT)) {
            // Stored input that times out goes on as a success with the value "Timeout"
            // (docs.aws.amazon.com/connect/latest/adminguide/store-customer-input.html): the Compare's no match.
            exits.add(new Exit(Exit.Kind.TIMEOUT, "Timeout (the Compare has no condition for it: its no match)",
                noMatch.target(), noMatch.then(), noMatch.at()));
        }
        String read = ", to Compare '" + compare.get().id() + "', which reads the keys";
        Exits.of(a, Shape.plain(documented)).forEach(e -> exits.add(e.kind() == Exit.Kind.NEXT ? Exits.renamed(e, read) : e));
        return new Block(a.id(), a.type(), new Step.Ask(prompt.words(), prompt.dynamic(), false, timeout), exits, a.at());
    }

    /**
     * The menu whose input a Compare reads, when it is not that menu's own continuation: the
     * nearest block before it that gave the input, if there is one and it became a menu with choices.
     */
    String inputOf(Action compare, Map<String, Block> blocks) {
        String input = references.inputRead(compare.parameter("ComparisonValue"));
        if (input == null) {
            return null;
        }
        Set<String> givers = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(into.getOrDefault(compare.id(), List.of()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Action a = actions.get(id);
            if (a == null || !seen.add(id)) {
                continue;
            }
            if (gives(a, input)) {
                givers.add(id);
            } else {
                queue.addAll(into.getOrDefault(id, List.of()));
            }
        }
        if (givers.size() != 1) {
            return null;
        }
        Block giver = blocks.get(givers.iterator().next());
        boolean choices = giver != null && giver.step() instanceof Step.Ask
            && giver.exits().stream().anyMatch(e -> e.kind() == Exit.Kind.KEY || e.kind() == Exit.Kind.PHRASE);
        return choices ? giver.id() : null;
    }

    private static boolean gives(Action a, String input) {
        boolean lex = a.type().equals("ConnectParticipantWithLexBot")
            || a.type().equals("GetParticipantInput") && (a.parameters().has("LexV2Bot") || a.parameters().has("LexBot"));
        return input.equals(References.LEX_INTENT) ? lex : !lex && a.type().equals("GetParticipantInput") && storesInput(a);
    }

    /** The Compare that a caller's input reaches from {@code start} through blocks callers do not notice, if it reads that input. */
    private Optional<Action> compareReading(String start, String input) {
        Set<String> seen = new HashSet<>();
        for (String at = start; at != null && seen.add(at); ) {
            Action a = actions.get(at);
            if (a == null) {
                return Optional.empty();
            }
            if (a.type().equals("Compare")) {
                return input.equals(references.inputRead(a.parameter("ComparisonValue"))) ? Optional.of(a) : Optional.empty();
            }
            at = Blocks.quietWayOn(a);
        }
        return Optional.empty();
    }

    private static boolean singleKeys(Action compare) {
        List<Way> conditions = compare.ways(Way.Source.CONDITION);
        return conditions.stream().anyMatch(w -> ONE_KEY.matcher(w.value()).matches())
            && conditions.stream().allMatch(w -> w.equalsTest()
                && (ONE_KEY.matcher(w.value()).matches() || w.value().equalsIgnoreCase("Timeout")));
    }

    /** A Compare's default way: its NoMatchingCondition, else its NextAction; connected to nothing if it has neither. */
    private static Exit noMatchOf(Action compare) {
        return compare.error(Exits.NO_MATCHING_CONDITION).or(compare::next)
            .map(w -> Exit.to(Exit.Kind.NO_MATCH, w.value() + " of Compare '" + compare.id() + "'", w.target(), w.at()))
            .orElse(Exit.to(Exit.Kind.NO_MATCH, Exits.NO_MATCHING_CONDITION + " (not in the export)", null, compare.at()));
    }

    /**
     * An intent name is a phrase a caller says; a condition without a word in it cannot be one.
     * Lex's built-in {@code FallbackIntent} is what the bot returns when no intent matches: the
     * no-match way, not a choice.
     */
    private static Exit.Kind phrase(Way condition) {
        if (condition.value().replaceFirst("(?i)^amazon\\.", "").equalsIgnoreCase("FallbackIntent")) {
            return Exit.Kind.NO_MATCH;
        }
        return condition.equalsTest() && condition.value().chars().anyMatch(Character::isLetterOrDigit)
            ? Exit.Kind.PHRASE : Exit.Kind.KEY;
    }

    private static boolean storesInput(Action a) {
        return "True".equalsIgnoreCase(a.parameter("StoreInput"));
    }

    private static Double seconds(Action a) {
        String text = a.parameters().text("InputTimeLimitSeconds").or(() -> a.parameters().text("InputTimeoutSeconds")).orElse(null);
        try {
            double seconds = text == null ? Double.NaN : Double.parseDouble(text.trim());
            return seconds > 0 && seconds < 86_400 ? seconds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a caller enters, in words for the report: a phone number, an account number, one key, digits. */
    private static String what(Action a, Prompt prompt, boolean phone) {
        String words = prompt.words() == null ? "" : prompt.words().toLowerCase(Locale.ROOT);
        String maximum = a.parameters().object("InputValidation").object("CustomValidation").text("MaximumLength").orElse(null);
        if (phone || words.contains("phone number")) {
            return "a phone number";
        }
        for (String[] guess : new String[][] {{"account", "an account number"}, {"pin", "a PIN"}, {"birth", "a date"},
                {"date", "a date"}, {"card", "a card number"}, {"zip", "a postal code"}, {"postcode", "a postal code"}}) {
            if (words.matches("(?s).*\\b" + guess[0] + "\\b.*")) {
                return guess[1];
            }
        }
        if ("1".equals(maximum)) {
            return "one key, which later blocks read (no Compare after it tells which keys mean what)";
        }
        return maximum == null ? "digits" : "up to " + maximum + " digits";
    }
}
