package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Step;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code <menu>} as one {@link Flow}, named by the menu's name: the menu itself is an
 * {@link Step.Ask} (its {@code greet-long}, {@code timeout}, and one number of tries from
 * {@code max-failures} and {@code max-timeouts}), each entry a block reached by its key, and the
 * ways a menu ends: its exit (the {@code exit-sound}, then back to the menu that ran it as a
 * sub-menu, or out of the IVR) and leaving the IVR ({@code menu-exit}, a defect). Defaults are
 * FreeSWITCH's: a 10 s time-out, 3 failures, and as many time-outs as failures. O(entries).
 */
final class MenuFlows {
    static final String PLATFORM = "FreeSWITCH";
    static final int DEFAULT_TIMEOUT_MS = 10_000;
    static final int DEFAULT_MAX = 3;
    static final String MENU_EXITS = "the menu exits: a sub-menu goes back to the menu that ran it; the top menu leaves "
        + "the IVR for the dial plan after the ivr application, which the file does not hold, and the call is taken to "
        + "end there (a guess)";
    static final String IVR_ENDS = "the dial plan after the ivr application, which the file does not hold: the call is "
        + "taken to end (a guess)";

    private final String file;
    private final MenuFile.Menu menu;
    private final String top;
    private final String ask;
    private final Map<String, Block> blocks = new LinkedHashMap<>();

    private MenuFlows(String file, MenuFile.Menu menu, String top) {
        this.file = file;
        this.menu = menu;
        this.top = top;
        this.ask = menu.name();
    }

    /**
     * The flow of one menu.
     *
     * @param top the menu {@code menu-top} returns to: the top of the menu stack this menu runs in
     */
    static Flow flow(String file, MenuFile.Menu menu, String top) {
        return new MenuFlows(file, menu, top).build();
    }

    private Flow build() {
        blocks.put(ask, null);
        List<Exit> exits = entryExits();
        Limits limits = Limits.of(menu);
        exits.add(Exit.to(Exit.Kind.NO_MATCH, limits.failuresNote(), atLimit("exec-on-max-failures", "max-failures"), menu.at()));
        exits.add(Exit.to(Exit.Kind.TIMEOUT, limits.timeoutsNote(), atLimit("exec-on-max-timeouts", "max-timeouts"), menu.at()));
        Optional<String> greeting = menu.attribute("greet-long");
        if (greeting.isEmpty()) {
            exits.add(new Exit(Exit.Kind.NEVER, "defect: the menu has no greet-long; FreeSWITCH collects no key at a menu "
                + "without one, counts failures and exits", null, Exit.Missing.ENDS_CALL, menu.at()));
        }
        blocks.put(ask, new Block(ask, "menu", new Step.Ask(greeting.map(Sounds::words).orElse(null), false, false,
            limits.timeoutSeconds(), limits.tries()), exits, menu.at()));
        return new Flow(PLATFORM, file, menu.name(), ask, blocks, Set.of(menu.name()));
    }

    /**
     * The menu's ways out by its entries: single keys first (FreeSWITCH matches a lone key to its
     * literal entry), then the first keys of the numbers callers dial, then entries no key selects.
     */
    private List<Exit> entryExits() {
        List<Exit> keys = new ArrayList<>();
        List<Exit> numbers = new ArrayList<>();
        List<Exit> broken = new ArrayList<>();
        Set<String> literal = new LinkedHashSet<>();
        menu.entries().stream().filter(e -> e.digits() != null && !e.digits().isEmpty())
            .forEach(e -> literal.addAll(Digits.of(e.digits()).keys()));
        for (int i = 0; i < menu.entries().size(); i++) {
            MenuFile.Entry entry = menu.entries().get(i);
            if (entry.digits() == null || entry.digits().isEmpty()) {
                broken.add(new Exit(Exit.Kind.NEVER, "defect: entry " + (i + 1) + " (line " + entry.at().line()
                    + ") has no digits, so no key selects it; FreeSWITCH refuses to build a menu with such an entry",
                    null, Exit.Missing.ENDS_CALL, entry.at()));
                continue;
            }
            Digits.Selection selection = Digits.of(entry.digits());
            String target = target(entry, i);
            selection.keys().forEach(k -> keys.add(Exit.to(Exit.Kind.KEY, k, target, entry.at())));
            if (selection.number()) {
                numbers.addAll(number(entry, i, selection, target, literal));
            }
        }
        List<Exit> exits = new ArrayList<>(keys);
        exits.addAll(numbers);
        exits.addAll(broken);
        return exits;
    }

    /**
     * A number callers dial (an extension): data entry reached by the keys it can start with
     * that no single-key entry takes; when every such key is taken (or the start cannot be
     * read), by its digits as written, which the lowering reports as no single key.
     */
    private List<Exit> number(MenuFile.Entry entry, int index, Digits.Selection selection, String target,
                              Set<String> literal) {
        String collect = id(ask + " dial " + (index + 1));
        blocks.put(collect, new Block(collect, "entry digits " + entry.digits(),
            new Step.Collect(null, "a number matching " + entry.digits()), List.of(
                Exit.to(Exit.Kind.SUCCESS, entry.digits(), target, entry.at()),
                Exit.to(Exit.Kind.FAILURE, "the number matches no entry: invalid-sound, then the menu again",
                    ask, entry.at())), entry.at()));
        List<String> free = selection.firstKeys().stream().filter(k -> !literal.contains(k)).toList();
        if (free.isEmpty()) {
            return List.of(Exit.to(Exit.Kind.KEY, entry.digits(), collect, entry.at()));
        }
        return free.stream().map(k -> Exit.to(Exit.Kind.KEY, k, collect, entry.at())).toList();
    }

    /** The block an entry's action leads to (the menu itself for a repeat), built on first use. */
    private String target(MenuFile.Entry entry, int index) {
        String action = entry.action() == null ? "" : entry.action();
        String param = entry.param() == null ? "" : entry.param();
        String id = id(ask + (Digits.of(entry.digits()).keys().size() == 1 && entry.digits().length() == 1
            ? " key " + entry.digits() : " entry " + (index + 1)));
        SourcePosition at = entry.at();
        switch (action) {
            case "menu-exec-app" -> {
                return run(id, Applications.of(param), at, ask);
            }
            case "menu-sub" -> {
                if (param.isEmpty()) {
                    return run(id, Applications.defect("menu-sub", "menu-sub names no menu"), at, ask);
                }
                if (param.equals(menu.name())) {
                    return ask;
                }
                return put(new Block(id, "menu-sub", new Step.Link(param, true), List.of(Exit.to(Exit.Kind.NEXT,
                    "the sub-menu exits: this menu plays again", ask, at)), at));
            }
            case "menu-top" -> {
                return top.equals(menu.name()) ? ask : put(new Block(id, "menu-top", new Step.Link(top, false), List.of(), at));
            }
            case "menu-back" -> {
                return put(new Block(id, "menu-back", new Step.Pass(), List.of(new Exit(Exit.Kind.NEXT, "menu-back: back "
                    + "to the menu that ran this one as a sub-menu; from the top menu the IVR exits to the dial plan, "
                    + "which the file does not hold, and the call is taken to end (a guess)", null,
                    Exit.Missing.ENDS_CALL, at)), at));
            }
            case "menu-exit" -> {
                return leave();
            }
            case "menu-play-sound" -> {
                return put(new Block(id, action, Applications.sound(param), List.of(Exit.to(Exit.Kind.NEXT,
                    "after the sound the menu plays again", ask, at)), at));
            }
            case "menu-say-text", "menu-say-phrase" -> {
                Step step = action.equals("menu-say-text") && !param.isBlank() ? new Step.Play(param, false)
                    : new Step.Play(null, true);
                return put(new Block(id, action, step, List.of(Exit.to(Exit.Kind.NEXT,
                    "after the words the menu plays again", ask, at)), at));
            }
            case "menu-call-transfer" -> {
                return run(id, Applications.of("transfer " + param), at, ask);
            }
            default -> {
                return run(id, Applications.defect(action.isEmpty() ? "entry" : action, action.isEmpty()
                    ? "an entry without an action" : "'" + action + "' is no IVR menu action"), at, ask);
            }
        }
    }

    /** The block of an application, its way on to {@code after} (the menu, or this menu's exit), or out of the IVR. */
    private String run(String id, Applications.Run run, SourcePosition at, String after) {
        List<Exit> exits = switch (run.after()) {
            case MENU -> List.of(Exit.to(Exit.Kind.NEXT, run.note(), after, at));
            case ENDS -> run.note().isEmpty() ? List.of() : List.of(Exit.to(Exit.Kind.NEXT, run.note(), after, at));
            case IVR_EXITS -> List.of(Exit.to(Exit.Kind.NEXT, run.note(), leave(), at));
        };
        return put(new Block(id, run.type(), run.step(), exits, at));
    }

    /**
     * Where a wrong key or silence leads once its limit is reached: the application of
     * {@code exec-on-max-failures} / {@code exec-on-max-timeouts} if the menu names one, then
     * the menu's exit.
     */
    private String atLimit(String attribute, String limit) {
        String exit = exit();
        Optional<String> app = menu.attribute(attribute);
        if (app.isEmpty()) {
            return exit;
        }
        Applications.Run run = Applications.of(app.get());
        String id = id(ask + " " + limit);
        List<Exit> exits = run.after() == Applications.After.ENDS && run.note().isEmpty() ? List.of()
            : List.of(Exit.to(Exit.Kind.NEXT, attribute + " ran: the menu exits", exit, menu.at()));
        return put(new Block(id, attribute + " " + run.type(), run.step(), exits, menu.at()));
    }

    /** The menu's exit: its {@code exit-sound}, then back to the menu that ran it, or out of the IVR. */
    private String exit() {
        String id = ask + " exit";
        if (!blocks.containsKey(id)) {
            Exit out = new Exit(Exit.Kind.NEXT, MENU_EXITS, null, Exit.Missing.ENDS_CALL, menu.at());
            Optional<String> sound = menu.attribute("exit-sound");
            blocks.put(id, new Block(id, sound.isPresent() ? "exit-sound" : "menu exit",
                sound.<Step>map(Applications::sound).orElseGet(Step.Pass::new), List.of(out), menu.at()));
        }
        return id;
    }

    /** Leaving the whole IVR ({@code menu-exit}, or an action FreeSWITCH cannot run): the exit-sound, then the call ends. */
    private String leave() {
        String hangup = ask + " hangup";
        if (!blocks.containsKey(hangup)) {
            blocks.put(hangup, new Block(hangup, "the IVR exits", new Step.Hangup(null), List.of(new Exit(Exit.Kind.NEXT,
                IVR_ENDS, null, Exit.Missing.ENDS_CALL, menu.at())), menu.at()));
        }
        Optional<String> sound = menu.attribute("exit-sound");
        if (sound.isEmpty()) {
            return hangup;
        }
        String id = ask + " leave";
        if (!blocks.containsKey(id)) {
            blocks.put(id, new Block(id, "exit-sound", Applications.sound(sound.get()), List.of(Exit.to(Exit.Kind.NEXT,
                "the IVR exits", hangup, menu.at())), menu.at()));
        }
        return id;
    }

    private String put(Block block) {
        blocks.put(block.id(), block);
        return block.id();
    }

    /** A block id not yet taken in this menu. */
    private String id(String wanted) {
        String id = wanted;
        for (int i = 2; blocks.containsKey(id); i++) {
            id = wanted + " (" + i + ")";
        }
        return id;
    }
}
