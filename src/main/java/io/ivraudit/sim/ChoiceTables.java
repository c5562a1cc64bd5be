package io.ivraudit.sim;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC section 2's choice rule ({@link CallerModel}) as tables: for a kind of caller at a menu, where they go and with
 * what chance, one row per destination, with the seconds they listened. A table depends only on
 * the menu, on whether the caller is savvy, on which of the options they know name their intent,
 * and on the caller settings the rule reads, so callers whom a menu treats alike share one table:
 * a lost caller's (no known option names the intent) is kept once per menu for each distinct set
 * of lost-caller settings ({@code zero_out}, {@code give_up}, {@code wait_out}), and an intent
 * has its own only at the menus that name it, shared with every intent named by the same options
 * with the same {@code misroute}. Memory is O(options x (1 + distinct lost-caller settings)) plus
 * O(options) for each distinct way a menu names intents, not intents x menus x options. A
 * uniform pick among more than {@link #SPREAD_MIN} options (a misrouted caller at a wide menu) is
 * kept as one <em>spread</em> row, whose target {@link #isSpread} says to pick the option with
 * {@link #spreadCount} and {@link #spreadOption}: so a menu whose n options each name an intent of
 * their own costs O(n) rows, not O(n²).
 */
final class ChoiceTables {
    /** A destination meaning the caller gives up and hangs up, having heard the whole menu. */
    static final int GIVE_UP = CallerModel.GIVE_UP;
    /** Intents x 2 x nodes up to which every table number is also kept in one array (16 MB), for the simulator's inner loop. */
    static final long DIRECT = 1 << 22;
    /** Uniform picks among more options than this are kept as one spread row. */
    static final int SPREAD_MIN = 16;

    /** Table {@code r} is rows {@code start[r] .. start[r + 1]}. */
    final int[] start;
    final double[] probability;
    /** Running sums of the probabilities within each table; the last row of a table holds infinity. */
    final double[] cumulative;
    final int[] target;
    /** Seconds listened before each row's choice; 0 for a spread row, whose seconds are those of the option it picks. */
    final double[] seconds;
    /** Per intent, the menus with an option that names it; {@code namedTable[2 * position + savvy]} is its table there. */
    private final NodeSets namedMenus;
    private final int[] namedTable;
    /** Each intent's lost-caller settings; a lost caller's table is {@code lostTable[slot(settings, savvy, menus, menu)]}. */
    private final int[] lostSettings;
    private final int[] lostTable;
    /** Each node's place among the menus; -1 for other nodes. */
    private final int[] menuIndex;
    private final int menuCount;
    /** Every table number at {@code direct[slot(k, savvy, nodes, node)]}, when intents x nodes is small; else null. */
    private final int[] direct;
    private final int nodeCount;
    /** The options spread rows pick among: where each leads and the seconds listened before it, runs of known options per menu. */
    final int[] optionTarget;
    final double[] optionSeconds;
    /** Spread row {@code d} picks among options {@code spreadFrom[d] ..} of the run, skipping {@code spreadSkip[spreadSkipStart[d] ..]}. */
    private final int[] spreadFrom;
    private final int[] spreadCount;
    private final int[] spreadSkipStart;
    private final int[] spreadSkip;

    private ChoiceTables(Rows rows, NodeSets namedMenus, int[] namedTable, int[] lostSettings, int[] lostTable,
                         int[] menuIndex, int menuCount) {
        start = Arrays.copyOf(rows.start, rows.tables + 1);
        probability = Arrays.copyOf(rows.probability, rows.size);
        target = Arrays.copyOf(rows.target, rows.size);
        seconds = Arrays.copyOf(rows.seconds, rows.size);
        cumulative = new double[rows.size];
        for (int r = 0; r < rows.tables; r++) {
            double sum = 0;
            for (int j = start[r]; j < start[r + 1]; j++) {
                sum += probability[j];
                cumulative[j] = sum;
            }
            if (start[r + 1] > start[r]) {
                cumulative[start[r + 1] - 1] = Double.POSITIVE_INFINITY;
            }
        }
        optionTarget = Arrays.copyOf(rows.optionTarget, rows.options);
        optionSeconds = Arrays.copyOf(rows.optionSeconds, rows.options);
        spreadFrom = Arrays.copyOf(rows.spreadFrom, rows.spreads);
        spreadCount = Arrays.copyOf(rows.spreadCount, rows.spreads);
        spreadSkipStart = Arrays.copyOf(rows.spreadSkipStart, rows.spreads + 1);
        spreadSkip = Arrays.copyOf(rows.spreadSkip, rows.skips);
        this.namedMenus = namedMenus;
        this.namedTable = namedTable;
        this.lostSettings = lostSettings;
        this.lostTable = lostTable;
        this.menuIndex = menuIndex;
        this.menuCount = menuCount;
        nodeCount = menuIndex.length;
        int intents = lostSettings.length;
        direct = (long) intents * 2 * nodeCount <= DIRECT ? new int[intents * 2 * nodeCount] : null;
        for (int k = 0; direct != null && k < intents; k++) {
            for (int node = 0; node < nodeCount; node++) {
                if (menuIndex[node] >= 0) {
                    direct[slot(k, 0, nodeCount, node)] = lookUp(k, 0, node);
                    direct[slot(k, 1, nodeCount, node)] = lookUp(k, 1, node);
                }
            }
        }
    }

    /**
     * The tables of a tree's menus ({@code nodes}, indexed by {@code index}) for its intents
     * ({@code intents[k]} the id of intent k, {@code params[k]} its caller settings).
     */
    static ChoiceTables of(Node[] nodes, IvrGraph graph, Map<String, Integer> index, String[] intents,
                           CallerParams[] params) {
        int[] menuIndex = new int[nodes.length];
        CallerModel.Menu[] facts = new CallerModel.Menu[nodes.length];
        int menus = 0;
        for (int i = 0; i < nodes.length; i++) {
            menuIndex[i] = nodes[i] instanceof Node.Menu ? menus++ : -1;
            if (nodes[i] instanceof Node.Menu menu) {
                facts[i] = new CallerModel.Menu(menu, graph, index);
            }
        }
        Rows rows = new Rows();
        int[] lostSettings = new int[intents.length];
        List<CallerParams> distinct = distinctLostSettings(params, lostSettings);
        int[] lostTable = new int[distinct.size() * 2 * menus];
        for (int set = 0; set < distinct.size(); set++) {
            for (int savvy = 0; savvy < 2; savvy++) {
                for (int i = 0; i < nodes.length; i++) {
                    if (facts[i] != null) {
                        lostTable[slot(set, savvy, menus, menuIndex[i])] =
                            rows.addTable(facts[i], List.of(), savvy == 1, distinct.get(set));
                    }
                }
            }
        }
        List<int[]> named = namedOptions(nodes, intents);
        NodeSets namedMenus = NodeSets.of(named.stream().map(ChoiceTables::menusOf).toList(), nodes.length);
        int[] namedTable = new int[2 * namedMenus.size()];
        Map<List<Object>, Integer> shared = new HashMap<>();
        for (int k = 0; k < intents.length; k++) {
            int[] pairs = named.get(k);
            for (int from = 0, to; from < pairs.length; from = to) {
                int menu = pairs[from];
                List<Integer> options = new ArrayList<>();
                for (to = from; to < pairs.length && pairs[to] == menu; to += 2) {
                    if (options.isEmpty() || options.get(options.size() - 1) != pairs[to + 1]) {
                        options.add(pairs[to + 1]);
                    }
                }
                int position = namedMenus.position(k, menu);
                for (int savvy = 0; savvy < 2; savvy++) {
                    int lost = lostTable[slot(lostSettings[k], savvy, menus, menuIndex[menu])];
                    namedTable[2 * position + savvy] = rows.addShared(shared, facts[menu], options, savvy == 1, params[k], lost);
                }
            }
        }
        return new ChoiceTables(rows, namedMenus, namedTable, lostSettings, lostTable, menuIndex, menus);
    }

    /** The table of a caller with intent {@code k} (savvy 1, or 0) at menu {@code node}: O(1), or O(log menus naming the intent). */
    int table(int k, int savvy, int node) {
        return direct != null ? direct[slot(k, savvy, nodeCount, node)] : lookUp(k, savvy, node);
    }

    /** Whether a row's target is a spread row's, not a node or {@link #GIVE_UP}. */
    static boolean isSpread(int target) {
        return target < GIVE_UP;
    }

    /** The number of options the spread row with this target picks among, each alike. */
    int spreadCount(int target) {
        return spreadCount[GIVE_UP - 1 - target];
    }

    /**
     * The {@code j}-th option ({@code 0 <= j < spreadCount}) the spread row with this target picks
     * among, as an index into {@link #optionTarget} and {@link #optionSeconds}. O(options skipped).
     */
    int spreadOption(int target, int j) {
        int d = GIVE_UP - 1 - target;
        int at = j;
        for (int s = spreadSkipStart[d]; s < spreadSkipStart[d + 1] && spreadSkip[s] <= at; s++) {
            at++;
        }
        return spreadFrom[d] + at;
    }

    private int lookUp(int k, int savvy, int node) {
        int position = namedMenus.position(k, node);
        return position >= 0 ? namedTable[2 * position + savvy]
            : lostTable[slot(lostSettings[k], savvy, menuCount, menuIndex[node])];
    }

    /**
     * Where the entry of a kind of caller ({@code group}: an intent or a set of lost-caller
     * settings; {@code savvy} 0 or 1) at {@code place} sits in a flat array of {@code places}
     * entries per kind: the one statement of this layout.
     */
    private static int slot(int group, int savvy, int places, int place) {
        return (group * 2 + savvy) * places + place;
    }

    /** Numbers each intent's lost-caller settings, alike ones alike; returns one of each. */
    private static List<CallerParams> distinctLostSettings(CallerParams[] params, int[] numbers) {
        Map<List<Double>, Integer> seen = new HashMap<>();
        List<CallerParams> distinct = new ArrayList<>();
        for (int k = 0; k < params.length; k++) {
            CallerParams p = params[k];
            numbers[k] = seen.computeIfAbsent(List.of(p.zeroOut(), p.giveUp(), p.waitOut()), key -> {
                distinct.add(p);
                return distinct.size() - 1;
            });
        }
        return distinct;
    }

    /** Per intent, the (menu, option) pairs of the options that name it, flattened, in node and option order. */
    private static List<int[]> namedOptions(Node[] nodes, String[] intents) {
        Map<String, Integer> intentIndex = new HashMap<>();
        List<IntPairs> pairs = new ArrayList<>();
        for (int k = 0; k < intents.length; k++) {
            intentIndex.put(intents[k], k);
            pairs.add(new IntPairs());
        }
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] instanceof Node.Menu menu) {
                for (int o = 0; o < menu.options().size(); o++) {
                    for (String intent : menu.options().get(o).intents()) {
                        Integer k = intentIndex.get(intent);
                        if (k != null) {
                            pairs.get(k).add(i, o);
                        }
                    }
                }
            }
        }
        return pairs.stream().map(IntPairs::toArray).toList();
    }

    private static int[] menusOf(int[] pairs) {
        int[] menus = new int[pairs.length / 2];
        for (int j = 0; j < menus.length; j++) {
            menus[j] = pairs[2 * j];
        }
        return menus;
    }

    /** A growable list of pairs of ints, flattened. */
    private static final class IntPairs {
        private int[] values = new int[4];
        private int size;

        void add(int a, int b) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = a;
            values[size++] = b;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The rows of all tables, table after table, in growable primitive arrays. */
    private static final class Rows implements CallerModel.Rows {
        double[] probability = new double[1024];
        int[] target = new int[1024];
        double[] seconds = new double[1024];
        int size;
        int[] start = new int[64];
        int tables;
        /** Each menu's known options for each savvy, for spread rows: where they lead and the seconds before them. */
        int[] optionTarget = new int[64];
        double[] optionSeconds = new double[64];
        int options;
        private final Map<List<Object>, Integer> runs = new HashMap<>();
        int[] spreadFrom = new int[16];
        int[] spreadCount = new int[16];
        int[] spreadSkipStart = new int[17];
        int[] spreadSkip = new int[16];
        int spreads;
        int skips;

        /**
         * The table of an intent at a menu whose {@code options} name it, shared by all callers the
         * menu treats alike; {@code lost}, the lost caller's table, when the caller knows none of
         * those options (hidden ones, to a caller who is not savvy).
         */
        int addShared(Map<List<Object>, Integer> shared, CallerModel.Menu menu, List<Integer> options, boolean savvy,
                      CallerParams p, int lost) {
            List<Integer> known = savvy ? options : options.stream().filter(o -> !menu.options.get(o).hidden()).toList();
            if (known.isEmpty()) {
                return lost;
            }
            return shared.computeIfAbsent(List.of(menu, savvy, p.misroute(), known), key -> addTable(menu, known, savvy, p));
        }

        /** Adds the table of one kind of caller at one menu ({@code naming}: the options naming their intent); returns its number. */
        int addTable(CallerModel.Menu menu, List<Integer> naming, boolean savvy, CallerParams p) {
            if (tables + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            boolean[] matches = new boolean[menu.options.size()];
            naming.forEach(o -> matches[o] = true);
            start[tables] = size;
            CallerModel.choose(menu, matches, savvy, p, this);
            start[tables + 1] = size;
            return tables++;
        }

        @Override public void addEach(CallerModel.Menu menu, boolean[] skip, boolean savvy, double chance) {
            if (chance <= 0) {
                return;
            }
            int count = 0;
            for (int o = 0; o < menu.options.size(); o++) {
                count += menu.knows(o, savvy) && !skip[o] ? 1 : 0;
            }
            if (count <= SPREAD_MIN) {
                CallerModel.Rows.super.addEach(menu, skip, savvy, chance);
                return;
            }
            int from = run(menu, savvy);
            if (spreads + 1 == spreadFrom.length) {
                spreadFrom = Arrays.copyOf(spreadFrom, spreadFrom.length * 2);
                spreadCount = Arrays.copyOf(spreadCount, spreadCount.length * 2);
                spreadSkipStart = Arrays.copyOf(spreadSkipStart, spreadSkipStart.length * 2);
            }
            int known = 0;
            for (int o = 0; o < menu.options.size(); o++) {
                if (menu.knows(o, savvy)) {
                    if (skip[o]) {
                        if (skips == spreadSkip.length) {
                            spreadSkip = Arrays.copyOf(spreadSkip, skips * 2);
                        }
                        spreadSkip[skips++] = known;
                    }
                    known++;
                }
            }
            spreadFrom[spreads] = from;
            spreadCount[spreads] = count;
            spreadSkipStart[spreads + 1] = skips;
            add(chance * count, GIVE_UP - 1 - spreads++, 0);
        }

        /** Where the run of a menu's known options starts, written once per menu and savvy. */
        private int run(CallerModel.Menu menu, boolean savvy) {
            return runs.computeIfAbsent(List.of(menu, savvy), key -> {
                int from = options;
                for (int o = 0; o < menu.options.size(); o++) {
                    if (menu.knows(o, savvy)) {
                        if (options == optionTarget.length) {
                            optionTarget = Arrays.copyOf(optionTarget, options * 2);
                            optionSeconds = Arrays.copyOf(optionSeconds, options * 2);
                        }
                        optionTarget[options] = menu.target[o];
                        optionSeconds[options] = menu.listening[o];
                        options++;
                    }
                }
                return from;
            });
        }

        @Override public void add(double chance, int to, double secs) {
            if (chance <= 0) {
                return;
            }
            if (size == target.length) {
                probability = Arrays.copyOf(probability, size * 2);
                target = Arrays.copyOf(target, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            probability[size] = chance;
            target[size] = to;
            seconds[size] = secs;
            size++;
        }
    }
}
