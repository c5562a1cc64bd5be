package io.ivraudit.sim;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SPEC section 2's caller at a menu, in one place: what they know, what they pick, with what
 * chance, and how long they listen first. Both engines read the rows this writes (through
 * {@link ChoiceTables}), so the exact solver and Monte Carlo cannot drift apart. Cost: O(options)
 * per kind of caller at a menu.
 */
final class CallerModel {
    /** A destination meaning the caller hangs up (gives up), having heard the whole menu. */
    static final int GIVE_UP = -1;
    /** Phrases a lost caller says to ask for a person, when the menu has no human option. */
    private static final Set<String> PERSON_PHRASES = Set.of("operator", "agent", "representative");

    private CallerModel() {}

    /** Where a choice leads, with what chance, after how many seconds of listening. */
    interface Rows {
        void add(double chance, int to, double seconds);

        /**
         * Each option of {@code menu} the caller knows, but for those {@code skip} marks, with
         * {@code chance} each, in option order. Tables may keep this as one row, so that a wide
         * menu whose every option names an intent of its own costs O(options), not O(options²).
         */
        default void addEach(Menu menu, boolean[] skip, boolean savvy, double chance) {
            for (int o = 0; o < menu.options.size(); o++) {
                if (menu.knows(o, savvy) && !skip[o]) {
                    pick(menu, o, chance, this);
                }
            }
        }
    }

    /** What the rule needs of a menu, worked out once for every caller: where options lead, listening times, people. */
    static final class Menu {
        final List<Option> options;
        final int[] target;
        /** Seconds of listening before each option ({@link Node.Menu#listeningSeconds}). */
        final double[] listening;
        final boolean[] humanOption;
        final int invalidTarget;
        final int timeoutTarget;
        /** The whole announcement: what an invalid choice (or giving up) costs. */
        final double announcement;
        /** The whole announcement and the time-out: what a silent choice costs. */
        final double silence;
        /** The first option keyed 0 or phrased operator, agent or representative; -1 if none. */
        final int askForPerson;

        Menu(Node.Menu menu, IvrGraph graph, Map<String, Integer> index) {
            options = menu.options();
            target = new int[options.size()];
            humanOption = new boolean[options.size()];
            int asks = -1;
            for (int o = 0; o < options.size(); o++) {
                Option option = options.get(o);
                target[o] = index.get(option.goTo());
                humanOption[o] = graph.isHumanOption(option);
                if (asks < 0 && ("0".equals(option.key())
                        || option.phrase() != null && PERSON_PHRASES.contains(option.phrase().toLowerCase(Locale.ROOT)))) {
                    asks = o;
                }
            }
            listening = menu.listeningSeconds();
            askForPerson = asks;
            invalidTarget = index.get(menu.invalidTarget());
            timeoutTarget = index.get(menu.timeoutTarget());
            announcement = menu.secondsOfAnnouncement();
            silence = announcement + menu.silenceSeconds();
        }

        /** Whether a caller knows option {@code o}: it is announced, or the caller is savvy. */
        boolean knows(int o, boolean savvy) {
            return savvy || !options.get(o).hidden();
        }
    }

    /**
     * The choice of one kind of caller at one menu. {@code names[o]}: option {@code o} names the
     * caller's intent. K = the options the caller knows, M = those in K that name the intent.
     * <ul>
     * <li>M not empty: each option of M with chance (1 - misroute) / |M|, each other option of K
     *     with misroute / |K \ M| (all to M if K = M).</li>
     * <li>M empty, the caller is lost: zero_out tries for a person (the human options of K
     *     alike; else the first option keyed 0 or phrased like "agent", even hidden; else an
     *     invalid choice), give_up hangs up, wait_out says nothing (a silent choice), and the rest
     *     guess among K (an invalid choice if K is empty).</li>
     * </ul>
     */
    static void choose(Menu menu, boolean[] names, boolean savvy, CallerParams p, Rows rows) {
        int known = 0;
        int matching = 0;
        int humans = 0;
        for (int o = 0; o < menu.options.size(); o++) {
            if (menu.knows(o, savvy)) {
                known++;
                matching += names[o] ? 1 : 0;
                humans += menu.humanOption[o] ? 1 : 0;
            }
        }
        if (matching > 0) {
            int others = known - matching;
            double toMatching = others == 0 ? 1 : 1 - p.misroute();
            for (int o = 0; o < menu.options.size(); o++) {
                if (menu.knows(o, savvy) && names[o]) {
                    pick(menu, o, toMatching / matching, rows);
                }
            }
            if (others > 0) {
                rows.addEach(menu, names, savvy, p.misroute() / others);
            }
            return;
        }
        if (humans > 0) {
            for (int o = 0; o < menu.options.size(); o++) {
                if (menu.knows(o, savvy) && menu.humanOption[o]) {
                    pick(menu, o, p.zeroOut() / humans, rows);
                }
            }
        } else if (menu.askForPerson >= 0) {
            pick(menu, menu.askForPerson, p.zeroOut(), rows);
        } else {
            rows.add(p.zeroOut(), menu.invalidTarget, menu.announcement);
        }
        rows.add(p.giveUp(), GIVE_UP, menu.announcement);
        rows.add(p.waitOut(), menu.timeoutTarget, menu.silence);
        double guess = 1 - p.zeroOut() - p.giveUp() - p.waitOut();
        if (known == 0) {
            rows.add(guess, menu.invalidTarget, menu.announcement);
            return;
        }
        rows.addEach(menu, new boolean[menu.options.size()], savvy, guess / known);
    }

    private static void pick(Menu menu, int o, double chance, Rows rows) {
        rows.add(chance, menu.target[o], menu.listening[o]);
    }
}
