package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Archy's menus as {@link Step.Ask} blocks. A choice's key ({@code dtmf: digit_1} ...
 * {@code digit_star}, {@code digit_pound}) and speech terms ({@code speechRecTerms}) lead to
 * what the choice does; a choice marked {@code globalDtmf} or {@code globalSpeechRecTerms} works
 * from every menu of the flow, so it is added to every menu that does not use its key or term.
 * The prompt plays {@code repeatCount} times in all, waiting {@code menuSelectionTimeout} after
 * each (flow defaults in {@code settingsMenu}, overridden per menu; Genesys' defaults 3 and 10 s,
 * "Configure default menu settings"); then control passes to the menu's default choice
 * ({@code defaultChildMenuRef}), or, with none, the flow ends and disconnects the call (FORMATS.md
 * 2a). A wrong key and silence are taken to be treated alike, as the repeats (no page says).
 * Choices seen in the files: menuTask, menuTransferToAcd, menuDisconnect, menuJumpToTask; from
 * Archy's documentation, not seen in a file: menuJumpToMenu, menuRepeat, menuPreviousMenu,
 * menuSubMenu and the other {@code menu} + action choices (menuTransferToNumber ...), read as
 * the action they name. O(menus x choices).
 */
final class Menus {
    /** The most global choices of a flow added to every menu. */
    static final int MOST_GLOBALS = 24;

    private static final double DEFAULT_TIMEOUT = 10;
    private static final int DEFAULT_REPEATS = 3;
    private static final Map<String, String> KEYS = Map.of("digit_star", "*", "digit_pound", "#");

    private final Builder b;
    private final Actions actions;
    private final Settings flowSettings;
    private final boolean speechOn;
    private final Map<String, Built> built = new LinkedHashMap<>();

    /** The flow-wide menu settings: how long a menu waits for a choice, and how many times it plays. */
    record Settings(Optional<Double> timeout, Optional<Integer> repeats) {
        static Settings of(JsonView settingsMenu) {
            return new Settings(settingsMenu.get("menuSelectionTimeout").flatMap(Values::seconds),
                settingsMenu.get("repeatCount").flatMap(Values::count));
        }

        Settings over(Settings flow) {
            return new Settings(timeout.or(flow::timeout), repeats.or(flow::repeats));
        }
    }

    /** A menu as read, its exits still open to the flow's global choices. */
    private record Built(String id, String word, JsonView menu, Node at, Step.Ask ask, List<Exit> exits,
                         List<Exit> globals, List<Exit> fallbacks) {}

    Menus(Builder b, Actions actions, Settings flowSettings, boolean speechOn) {
        this.b = b;
        this.actions = actions;
        this.flowSettings = flowSettings;
        this.speechOn = speechOn;
    }

    /** Reads one menu into the block reserved for it; its block is made by {@link #finish()}. */
    void read(JsonView menu, Node at, String id, String word) {
        Settings settings = Settings.of(menu.object("settingsMenu")).over(flowSettings);
        double timeout = settings.timeout().orElse(DEFAULT_TIMEOUT);
        int plays = Math.max(1, settings.repeats().orElse(DEFAULT_REPEATS));
        Values.Audio prompt = Values.audio(menu.get("audio").orElse(null));
        List<Exit> exits = new ArrayList<>();
        List<Exit> globals = new ArrayList<>();
        Map<String, String> entries = new LinkedHashMap<>();
        boolean speech = false;
        for (Node item : menu.list("choices")) {
            Optional<Values.Keyed> keyed = Values.single(item);
            if (keyed.isEmpty()) {
                b.error(item, "found " + ArchyFlow.describe(item) + " as a choice; expected a menu choice: a mapping with "
                    + "one key, such as menuTransferToAcd or menuTask");
                continue;
            }
            JsonView choice = JsonView.of(keyed.get().value());
            String entry = entry(keyed.get().key(), choice, item, id);
            Values.text(choice, "refId").ifPresent(ref -> entries.putIfAbsent(ref, entry == null ? "" : entry));
            Values.text(choice, "name").ifPresent(name -> entries.putIfAbsent(name, entry == null ? "" : entry));
            speech |= ways(choice, item, entry, exits, globals);
        }
        Step.Ask ask = new Step.Ask(prompt.words(), prompt.dynamic(), speech && speechOn, timeout, plays);
        List<Exit> fallbacks = fallbacks(menu, entries, plays, at);
        built.put(id, new Built(id, word, menu, at, ask, exits, globals, fallbacks));
    }

    /** Where a choice leads: its task's first action, a sub-menu, or the one action it is. */
    private String entry(String kind, JsonView choice, Node item, String menuId) {
        Actions.Scope scope = Actions.Scope.NONE.inMenu(menuId);
        switch (kind) {
            case "menuTask" -> {
                return actions.sequence(choice.object("task").list("actions"), b.endOfTask(), scope);
            }
            case "menuSubMenu" -> {
                JsonView sub = choice.has("menu") ? choice.object("menu") : choice;
                String id = b.reserve(Values.text(sub, "name").orElse("menu"));
                b.menu(sub, id);
                b.leadsTo(menuId, id);
                read(sub, item, id, kind);
                return id;
            }
            default -> {
                String type = switch (kind) {
                    case "menuRepeat" -> "repeatMenu";
                    case "menuPreviousMenu" -> "previousMenu";
                    default -> kind.startsWith("menu") && kind.length() > 4
                        ? Character.toLowerCase(kind.charAt(4)) + kind.substring(5) : kind;
                };
                String id = b.reserve(Values.text(choice, "name").orElse(kind));
                actions.build(type, kind, choice.map(), item, id, b.endOfTask(), scope);
                return id;
            }
        }
    }

    /** The choice's key and phrases as exits; whether it has phrases. Global ones are kept for the other menus too. */
    private boolean ways(JsonView choice, Node item, String entry, List<Exit> exits, List<Exit> globals) {
        Optional<String> dtmf = Values.text(choice, "dtmf");
        if (dtmf.isPresent()) {
            Exit key = Exit.to(Exit.Kind.KEY, key(dtmf.get()), entry, b.at(choice.get("dtmf").orElseThrow()));
            exits.add(key);
            if (Values.text(choice, "globalDtmf").filter("true"::equalsIgnoreCase).isPresent()) {
                globals.add(key);
            }
        }
        boolean globalTerms = Values.text(choice, "globalSpeechRecTerms").filter("true"::equalsIgnoreCase).isPresent();
        boolean any = false;
        JsonView languages = choice.object("speechRecTerms");
        for (String language : Values.keys(languages)) {
            for (Node term : languages.object(language).list("terms")) {
                Optional<String> words = Values.text(term);
                if (words.isPresent()) {
                    any = true;
                    Exit phrase = speechOn ? Exit.to(Exit.Kind.PHRASE, words.get(), entry, b.at(term))
                        : Exit.to(Exit.Kind.NEVER, "phrase '" + words.get() + "': speech recognition is off in this flow "
                            + "(asrEnabledOnFlow: false)", null, b.at(term));
                    exits.add(phrase);
                    if (globalTerms && speechOn) {
                        globals.add(phrase);
                    }
                }
            }
        }
        return any;
    }

    /** {@code digit_1} is 1, {@code digit_star} is *, {@code digit_pound} is #; anything else as written (not one key). */
    static String key(String dtmf) {
        String word = dtmf.strip();
        if (KEYS.containsKey(word)) {
            return KEYS.get(word);
        }
        return word.matches("digit_[0-9]") ? word.substring(6) : word;
    }

    /** A wrong key and silence, once the prompt has played {@code plays} times: the default choice, else the call ends. */
    private List<Exit> fallbacks(JsonView menu, Map<String, String> entries, int plays, Node at) {
        Optional<String> ref = Values.text(menu, "defaultChildMenuRef").or(() -> Values.text(menu, "defaultChildMenuChoice"));
        Optional<String> target = ref.flatMap(Builder::refId).map(entries::get);
        String after = "after " + plays + (plays == 1 ? " play" : " plays") + " with no valid choice: ";
        String value;
        String to;
        if (target.isPresent()) {
            value = after + "the default choice " + Builder.refId(ref.get()).orElseThrow();
            to = target.get().isEmpty() ? null : target.get();
        } else if (ref.isPresent()) {
            value = after + "the default choice " + ref.get() + " is no choice of this menu, so the call is disconnected";
            to = null;
        } else {
            value = after + "no default choice, so the call is disconnected";
            to = null;
        }
        Node where = menu.get("defaultChildMenuRef").orElse(at);
        return List.of(Exit.to(Exit.Kind.NO_MATCH, value, to, b.at(where)), Exit.to(Exit.Kind.TIMEOUT, value, to, b.at(where)));
    }

    /**
     * Makes every menu's block, each with the global choices of the flow's other menus that it
     * does not use itself. At most {@link #MOST_GLOBALS} global choices are spread so (a real flow
     * has a handful; every one is an option of every menu), the rest are noted and work only in
     * their own menu. O(menus x global choices).
     */
    void finish() {
        Map<String, Exit> distinct = new LinkedHashMap<>();
        for (Built menu : built.values()) {
            for (Exit global : menu.globals()) {
                String key = choice(global);
                if (!distinct.containsKey(key) && distinct.size() == MOST_GLOBALS) {
                    b.note(global.at(), "a global choice (" + global.describe() + ") beyond the first " + MOST_GLOBALS
                        + " of the flow: it is imported in its own menu only, not added to every menu");
                } else {
                    distinct.putIfAbsent(key, global);
                }
            }
        }
        for (Built menu : built.values()) {
            List<Exit> exits = new ArrayList<>(menu.exits());
            Set<String> used = new HashSet<>();
            exits.forEach(e -> used.add(choice(e)));
            for (Exit global : distinct.values()) {
                if (used.add(choice(global))) {
                    exits.add(global);
                }
            }
            exits.addAll(menu.fallbacks());
            b.add(new Block(menu.id(), menu.word(), menu.ask(), exits, b.at(menu.at())));
        }
    }

    /** A choice as the caller makes it: its kind and its key or words, case and spaces aside. */
    private static String choice(Exit exit) {
        return exit.kind() + " " + (exit.value() == null ? "" : exit.value().strip().toLowerCase(java.util.Locale.ROOT));
    }
}
