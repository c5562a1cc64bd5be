package io.ivraudit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Valid but hostile tree files, as a pull request could bring them: a long chain of menus, a
 * tree with a great many intents, and a large tree of long prompts. Tests use them small; run
 * {@code main} to write big ones for measuring by hand (README, Performance):
 * {@code java -cp target/test-classes:target/ivr-audit.jar io.ivraudit.HugeTrees chain 6000 /tmp/chain.yaml}.
 */
public final class HugeTrees {
    private HugeTrees() {}

    /**
     * {@code menus} menus in a row: each announces "press 1 to go on" and a billing option, and
     * only the last leads to a person. Every menu past the fourth is a {@code deep-tree} finding.
     */
    public static String chain(int menus) {
        StringBuilder y = new StringBuilder("""
            tree: chain
            title: A chain of menus
            entry: m0
            intents:
              deep: { weight: 3, resolved_by: [desk] }
              billing: { weight: 1, resolved_by: [billing-line] }
            nodes:
              desk: { type: human, queue: main, hold_seconds: 60 }
              billing-line: { type: self_service, say: Your balance is due on the first., next: desk }
            """);
        for (int i = 0; i < menus; i++) {
            String next = i + 1 < menus ? "m" + (i + 1) : "desk";
            y.append("  m").append(i).append(":\n")
                .append("    type: menu\n")
                .append("    say: You are in menu ").append(i).append(".\n")
                .append("    options:\n")
                .append("      - { key: \"1\", say: \"To go on, press 1.\", intents: [deep], goto: ").append(next).append(" }\n")
                .append("      - { key: \"2\", say: \"For billing, press 2.\", intents: [billing], goto: billing-line }\n");
        }
        return y.toString();
    }

    /**
     * One speech menu of {@code topics} announced options, each naming an intent of its own and
     * leading to the self-service step that resolves it (with no way on), and a hidden "agent"
     * option to a person: every caller's choice table spreads a misroute over all other options.
     */
    public static String wide(int topics) {
        StringBuilder y = new StringBuilder("tree: wide\nentry: main\nintents:\n");
        for (int i = 0; i < topics; i++) {
            y.append("  i").append(i).append(": { weight: 1, resolved_by: [s").append(i).append("] }\n");
        }
        y.append("nodes:\n  desk: { type: human, queue: main }\n  main:\n    type: menu\n    say: Say a topic.\n    options:\n");
        for (int i = 0; i < topics; i++) {
            y.append("      - { phrase: topic ").append(i).append(", intents: [i").append(i).append("], goto: s").append(i).append(" }\n");
        }
        y.append("      - { phrase: agent, hidden: true, goto: desk }\n");
        for (int i = 0; i < topics; i++) {
            y.append("  s").append(i).append(": { type: self_service, say: Topic ").append(i).append(". }\n");
        }
        return y.toString();
    }

    /**
     * {@code intents} intents over a main menu of nine options, nine menus of nine options behind
     * it, and 81 desks and self-service steps; each leaf option names 1/81 of the intents.
     */
    public static String manyIntents(int intents) {
        StringBuilder y = new StringBuilder("tree: intents\nentry: main\nintents:\n");
        for (int i = 0; i < intents; i++) {
            int leaf = i % 81;
            y.append("  i").append(i).append(": { weight: ").append(1 + i % 7).append(", resolved_by: [")
                .append(leafId(leaf)).append("] }\n");
        }
        y.append("nodes:\n  main:\n    type: menu\n    say: Welcome.\n    options:\n")
            .append("      - { key: \"0\", say: \"For a person, press 0.\", goto: operator }\n");
        for (int m = 0; m < 9; m++) {
            y.append("      - { key: \"").append(m + 1).append("\", say: \"For area ").append(m + 1)
                .append(", press ").append(m + 1).append(".\", goto: area").append(m).append(" }\n");
        }
        y.append("  operator: { type: human, queue: main, hold_seconds: 120 }\n");
        for (int m = 0; m < 9; m++) {
            y.append("  area").append(m).append(":\n    type: menu\n    say: Area ").append(m + 1).append(".\n    options:\n");
            for (int o = 0; o < 9; o++) {
                int leaf = m * 9 + o;
                y.append("      - key: \"").append(o + 1).append("\"\n        say: Choice ").append(o + 1)
                    .append(".\n        goto: ").append(leafId(leaf)).append("\n        intents: [");
                for (int i = leaf; i < intents; i += 81) {
                    y.append(i == leaf ? "" : ", ").append('i').append(i);
                }
                y.append("]\n");
            }
        }
        for (int leaf = 0; leaf < 81; leaf++) {
            y.append("  ").append(leafId(leaf)).append(leaf % 2 == 0
                ? ": { type: human, queue: q" + leaf + ", hold_seconds: 90 }\n"
                : ": { type: self_service, say: Done., next: operator }\n");
        }
        return y.toString();
    }

    private static String leafId(int leaf) {
        return (leaf % 2 == 0 ? "desk" : "self") + leaf;
    }

    /**
     * A large tree of long prompts: {@code menus} menus of five options and a 0 to a person, as a
     * heap (menu i leads to menus 5i+1 .. 5i+5 while there are menus), then people, messages
     * back to the top, self-service steps and hang-ups. 60 intents, each resolved at a few
     * nodes. About 1.7 KB of YAML per menu.
     */
    public static String large(int menus) {
        int intents = 60;
        int leaves = menus * 4 + 1;
        StringBuilder y = new StringBuilder("tree: large\ntitle: A large tree\nentry: n0\nintents:\n");
        for (int k = 0; k < intents; k++) {
            y.append("  topic").append(k).append(": { weight: ").append(1 + k % 5).append(", resolved_by: [");
            for (int r = 0; r < 4; r++) {
                y.append(r == 0 ? "" : ", ").append("n").append(menus + (k * 37 + r * 1013) % leaves);
            }
            y.append("] }\n");
        }
        y.append("nodes:\n");
        String words = " Please listen to every word of this long announcement, because our menu is long and our"
            + " lawyers asked us to read all of this to every caller before you may choose anything at all.";
        for (int i = 0; i < menus; i++) {
            y.append("  n").append(i).append(":\n    type: menu\n    say: \"Menu ").append(i).append('.')
                .append(words).append("\"\n    options:\n")
                .append("      - { key: \"0\", say: \"To speak with an agent at any time, press 0.\", goto: n")
                .append(menus + (i % leaves)).append(" }\n");
            for (int o = 1; o <= 5; o++) {
                int child = 5 * i + o;
                String target = "n" + (child < menus ? child : menus + (child % leaves));
                y.append("      - { key: \"").append(o).append("\", say: \"For the topic of choice ").append(o)
                    .append(" in menu ").append(i).append(", which is about topic ").append((i + o) % intents)
                    .append(", press ").append(o).append(".\", intents: [topic").append((i + o) % intents)
                    .append("], goto: ").append(target).append(" }\n");
            }
        }
        for (int j = 0; j < leaves; j++) {
            String id = "n" + (menus + j);
            y.append("  ").append(id).append(": ").append(switch (j % 4) {
                case 0 -> "{ type: human, queue: q" + j % 50 + ", hold_seconds: " + (30 + j % 300) + " }";
                case 1 -> "{ type: message, say: \"Leaf " + j + "." + words + "\", next: n0 }";
                case 2 -> "{ type: self_service, say: \"Leaf " + j + "." + words + "\", next: n" + menus + " }";
                default -> "{ type: hangup, say: \"Leaf " + j + "." + words + "\" }";
            }).append('\n');
        }
        return y.toString();
    }

    /** Writes one tree: {@code chain MENUS FILE}, {@code intents INTENTS FILE} or {@code large MENUS FILE}. */
    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[1]);
        String yaml = switch (args[0]) {
            case "chain" -> chain(size);
            case "intents" -> manyIntents(size);
            case "large" -> large(size);
            case "wide" -> wide(size);
            default -> throw new IllegalArgumentException("expected chain, intents, large or wide, got " + args[0]);
        };
        Files.writeString(Path.of(args[2]), yaml);
    }
}
