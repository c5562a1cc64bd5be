package io.ivraudit;

import io.ivraudit.model.Address;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Channel;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Replies;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The one generator of random valid trees that property tests share: menus with hidden options
 * and phrases, every node type, branches, intents with overrides, addresses of every channel.
 * Messages, branches and self-service steps only point forward, so no loop lacks a menu.
 */
public final class RandomTrees {
    private static final String KEYS = "0123456789*#";
    private static final List<String> PROMPTS = List.of(
        "For billing, press 1.", "Say \"agent\" at any time.", "No", "yes: really", "50% off # today",
        "Para español, oprima dos.", "  spaced  ", "line\nbreak", "{braces} and [brackets]",
        "Thank you for calling. Please hold while we connect you to the next available representative.");
    private static final List<String> PHRASES = List.of("billing", "agent", "representative", "lost card",
        "operator", "outage", "sí");

    private RandomTrees() {}

    /** Valid trees of 1 to {@code maxNodes} nodes. */
    public static Arbitrary<Tree> trees(int maxNodes) {
        return Arbitraries.randomValue(random -> generate(random, 1 + random.nextInt(maxNodes)));
    }

    /** Valid trees of 1 to 30 nodes. */
    public static Arbitrary<Tree> trees() {
        return trees(30);
    }

    /** One valid tree of exactly {@code size} nodes drawn from {@code random}. */
    public static Tree generate(Random random, int size) {
        List<String> nodeIds = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodeIds.add("n" + i);
        }
        Map<String, Intent> intents = new LinkedHashMap<>();
        int intentCount = 1 + random.nextInt(4);
        for (int i = 0; i < intentCount; i++) {
            String id = "i" + i;
            intents.put(id, new Intent(id, 1 + random.nextInt(100), subset(random, nodeIds, 2),
                callerParams(random), random.nextInt(5) == 0, SourcePosition.UNKNOWN));
        }
        Map<String, Address> addresses = new LinkedHashMap<>();
        int addressCount = random.nextInt(4);
        for (int i = 0; i < addressCount; i++) {
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            Replies replies = Replies.values()[random.nextInt(Replies.values().length)];
            String routesTo = channel == Channel.PHONE && random.nextBoolean()
                ? (random.nextBoolean() ? "generated" : "elsewhere") : null;
            String id = channel == Channel.PHONE ? "+1800555" + (1000 + i) : "a" + i + "@example.com";
            addresses.put(id, new Address(id, channel, replies, routesTo, SourcePosition.UNKNOWN));
        }
        List<String> intentIds = List.copyOf(intents.keySet());
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Node node = node(random, i, nodeIds, intentIds, List.copyOf(addresses.keySet()));
            nodes.put(node.id(), node);
        }
        Costs costs = random.nextBoolean() ? Costs.NONE
            : new Costs(maybe(random, 1.5), maybe(random, 0.1), maybe(random, 6.0), maybe(random, 15000.0),
                maybe(random, 0.01), maybe(random, 20000.0));
        return new Tree("generated", random.nextBoolean() ? null : pick(random, PROMPTS), "n0",
            callerParams(random), costs, intents, addresses, nodes, SourcePosition.UNKNOWN);
    }

    private static Node node(Random random, int index, List<String> nodeIds, List<String> intentIds,
                             List<String> addressIds) {
        String id = nodeIds.get(index);
        boolean last = index == nodeIds.size() - 1;
        List<String> forward = nodeIds.subList(index + 1, nodeIds.size());
        SourcePosition at = SourcePosition.UNKNOWN;
        int kind = random.nextInt(last ? 4 : 7);
        return switch (kind) {
            case 0 -> menu(random, id, nodeIds, intentIds);
            case 1 -> new Node.Human(id, random.nextBoolean() ? null : "queue-" + index,
                random.nextInt(4) * 60.0, subset(random, intentIds, 2), at);
            case 2 -> addressIds.isEmpty() ? new Node.Hangup(id, say(random), seconds(random), at)
                : new Node.Handoff(id, say(random), seconds(random), pick(random, addressIds), at);
            case 3 -> new Node.Hangup(id, say(random), seconds(random), at);
            case 4 -> new Node.Message(id, say(random), seconds(random), pick(random, forward), at);
            case 5 -> new Node.SelfService(id, say(random), seconds(random),
                random.nextInt(3) == 0 ? null : pick(random, forward), at);
            default -> branch(random, id, forward);
        };
    }

    private static Node.Menu menu(Random random, String id, List<String> nodeIds, List<String> intentIds) {
        List<Option> options = new ArrayList<>();
        List<Character> keys = new ArrayList<>();
        KEYS.chars().forEach(c -> keys.add((char) c));
        java.util.Collections.shuffle(keys, random);
        List<String> phrases = new ArrayList<>(PHRASES);
        java.util.Collections.shuffle(phrases, random);
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int style = random.nextInt(4);
            String key = style == 3 ? null : String.valueOf(keys.get(i));
            String phrase = style >= 2 && i < phrases.size() ? phrases.get(i) : null;
            if (key == null && phrase == null) {
                key = String.valueOf(keys.get(i));
            }
            options.add(new Option(key, phrase, random.nextInt(4) == 0 ? null : pick(random, PROMPTS),
                pick(random, nodeIds), subset(random, intentIds, 2), random.nextInt(5) == 0,
                SourcePosition.UNKNOWN));
        }
        String onInvalid = random.nextBoolean() ? null : pick(random, nodeIds);
        String onTimeout = random.nextInt(3) == 0 ? pick(random, nodeIds) : null;
        Integer tries = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : null;
        return new Node.Menu(id, say(random), seconds(random), options, onInvalid, onTimeout,
            maybe(random, random.nextInt(40) / 4.0), tries, SourcePosition.UNKNOWN);
    }

    private static Node.Branch branch(Random random, String id, List<String> forward) {
        int arms = 1 + random.nextInt(3);
        List<BranchArm> out = new ArrayList<>();
        int left = 100;
        for (int i = 0; i < arms; i++) {
            int percent = i == arms - 1 ? left : 1 + random.nextInt(left - (arms - i - 1));
            left -= percent;
            out.add(new BranchArm(percent / 100.0, pick(random, forward), SourcePosition.UNKNOWN));
        }
        return new Node.Branch(id, out, SourcePosition.UNKNOWN);
    }

    private static CallerParams callerParams(Random random) {
        return new CallerParams(
            random.nextInt(3) == 0 ? 1 + random.nextInt(8) : null,
            maybe(random, random.nextInt(20) / 100.0),
            maybe(random, random.nextInt(40) / 100.0),
            maybe(random, random.nextInt(30) / 100.0),
            maybe(random, random.nextInt(30) / 100.0),
            maybe(random, random.nextInt(101) / 100.0));
    }

    private static String say(Random random) {
        return random.nextInt(3) == 0 ? null : pick(random, PROMPTS);
    }

    private static Double seconds(Random random) {
        return random.nextInt(4) == 0 ? random.nextInt(400) / 4.0 : null;
    }

    private static Double maybe(Random random, double value) {
        return random.nextInt(3) == 0 ? value : null;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> List<T> subset(Random random, List<T> items, int max) {
        List<T> out = new ArrayList<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            T item = pick(random, items);
            if (!out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
