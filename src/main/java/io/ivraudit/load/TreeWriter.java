package io.ivraudit.load;

import io.ivraudit.model.Address;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Printable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a tree as YAML in the layout of SPEC section 1 (menus in block style, one line per
 * option and per other node), so that loading the text gives the same tree back. Used by the
 * importers and by suggested redesigns, whose files designers read and keep.
 */
public final class TreeWriter {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off",
        "true", "false", "null");

    private final StringBuilder out = new StringBuilder();

    private TreeWriter() {}

    /** The tree as YAML text, every field it holds written out. */
    public static String write(Tree tree) {
        TreeWriter w = new TreeWriter();
        w.line(0, "tree: " + id(tree.id()));
        if (tree.title() != null) {
            w.line(0, "title: " + text(tree.title()));
        }
        w.line(0, "entry: " + id(tree.entry()));
        w.block("caller", callerFields(tree.caller()));
        w.block("costs", costFields(tree.costs()));
        w.queues(tree.centre().queues().values());
        w.block("day", dayFields(tree.centre().day()));
        w.block("service", serviceFields(tree.centre().service()));
        w.intents(tree.intents().values());
        w.addresses(tree.addresses().values());
        w.line(0, "nodes:");
        tree.nodes().values().forEach(w::node);
        return w.out.toString();
    }

    /**
     * {@code variant} as a variant file of {@code base} (SPEC section 4): {@code extends}, then
     * only what differs: changed or added intents, addresses and nodes, removed ids, and a
     * title, entry, caller or costs that differ. Comment lines go first.
     */
    public static String writeVariant(Tree base, Tree variant, String extendsPath, List<String> comment) {
        TreeWriter w = new TreeWriter();
        comment.forEach(c -> w.line(0, "# " + c));
        w.line(0, "extends: " + text(extendsPath));
        w.line(0, "tree: " + id(variant.id()));
        if (variant.title() != null && !variant.title().equals(base.title())) {
            w.line(0, "title: " + text(variant.title()));
        }
        if (!variant.entry().equals(base.entry())) {
            w.line(0, "entry: " + id(variant.entry()));
        }
        if (!variant.caller().equals(base.caller())) {
            w.block("caller", callerFields(variant.caller()));
        }
        if (!variant.costs().equals(base.costs())) {
            w.block("costs", costFields(variant.costs()));
        }
        w.queues(changed(base.withoutPositions().centre().queues(), variant.withoutPositions().centre().queues(),
            variant.centre().queues()));
        if (!variant.centre().day().equals(base.centre().day())) {
            w.block("day", dayFields(variant.centre().day()));
        }
        if (!variant.centre().service().equals(base.centre().service())) {
            w.block("service", serviceFields(variant.centre().service()));
        }
        Tree plainBase = base.withoutPositions();
        Tree plainVariant = variant.withoutPositions();
        List<String> removed = new ArrayList<>();
        for (Map<String, ?> map : List.of(plainBase.nodes(), plainBase.intents(), plainBase.addresses())) {
            map.keySet().stream().filter(idOf -> !plainVariant.nodes().containsKey(idOf)
                && !plainVariant.intents().containsKey(idOf) && !plainVariant.addresses().containsKey(idOf))
                .forEach(removed::add);
        }
        if (!removed.isEmpty()) {
            w.line(0, "remove: " + ids(removed));
        }
        w.intents(changed(plainBase.intents(), plainVariant.intents(), variant.intents()));
        w.addresses(changed(plainBase.addresses(), plainVariant.addresses(), variant.addresses()));
        List<Node> nodes = changed(plainBase.nodes(), plainVariant.nodes(), variant.nodes());
        if (!nodes.isEmpty()) {
            w.line(0, "nodes:");
            nodes.forEach(w::node);
        }
        return w.out.toString();
    }

    /** The entries of {@code variant} that the base lacks or has otherwise (compared without positions). */
    private static <V> List<V> changed(Map<String, V> plainBase, Map<String, V> plainVariant, Map<String, V> variant) {
        return variant.keySet().stream().filter(key -> !plainVariant.get(key).equals(plainBase.get(key)))
            .map(variant::get).toList();
    }

    private void intents(java.util.Collection<Intent> intents) {
        if (intents.isEmpty()) {
            return;
        }
        line(0, "intents:");
        for (Intent intent : intents) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("weight", number(intent.weight()));
            fields.put("resolved_by", ids(intent.resolvedBy()));
            fields.putAll(callerFields(intent.caller()));
            if (intent.proposed()) {
                fields.put("proposed", "true");
            }
            line(1, id(intent.id()) + ": " + flow(fields));
        }
    }

    private void addresses(java.util.Collection<Address> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        line(0, "addresses:");
        for (Address address : addresses) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("channel", address.channel().word());
            fields.put("replies", address.replies().word());
            if (address.routesTo() != null) {
                fields.put("routes_to", id(address.routesTo()));
            }
            line(1, id(address.id()) + ": " + flow(fields));
        }
    }

    private void node(Node node) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", node.type());
        node.<Void>match(
            menu -> {
                line(1, id(menu.id()) + ":");
                line(2, "type: menu");
                if (menu.sayText() != null) {
                    line(2, "say: " + text(menu.sayText()));
                }
                if (menu.seconds() != null) {
                    line(2, "seconds: " + number(menu.seconds()));
                }
                line(2, "options:");
                menu.options().forEach(o -> line(3, "- " + flow(optionFields(o))));
                if (menu.onInvalid() != null) {
                    line(2, "on_invalid: " + id(menu.onInvalid()));
                }
                if (menu.onTimeout() != null) {
                    line(2, "on_timeout: " + id(menu.onTimeout()));
                }
                if (menu.timeoutSeconds() != null) {
                    line(2, "timeout_seconds: " + number(menu.timeoutSeconds()));
                }
                if (menu.tries() != null) {
                    line(2, "tries: " + menu.tries());
                }
                return null;
            },
            human -> {
                put(fields, "queue", human.queue() == null ? null : text(human.queue()));
                fields.put("hold_seconds", number(human.holdSeconds()));
                if (!human.skills().isEmpty()) {
                    fields.put("skills", ids(human.skills()));
                }
                return oneLine(node, fields);
            },
            selfService -> oneLine(node, spoken(fields, node, selfService.seconds(), "next", selfService.next())),
            message -> oneLine(node, spoken(fields, node, message.seconds(), "next", message.next())),
            handoff -> oneLine(node, spoken(fields, node, handoff.seconds(), "address", handoff.address())),
            hangup -> oneLine(node, spoken(fields, node, hangup.seconds(), null, null)),
            branch -> {
                List<String> arms = new ArrayList<>();
                for (BranchArm arm : branch.branches()) {
                    arms.add("{ share: " + number(arm.share()) + ", goto: " + id(arm.goTo()) + " }");
                }
                fields.put("branches", "[ " + String.join(", ", arms) + " ]");
                return oneLine(node, fields);
            });
    }

    private Void oneLine(Node node, Map<String, String> fields) {
        line(1, id(node.id()) + ": " + flow(fields));
        return null;
    }

    private static Map<String, String> spoken(Map<String, String> fields, Node node, Double seconds,
                                              String linkKey, String link) {
        node.say().ifPresent(say -> fields.put("say", text(say)));
        put(fields, "seconds", seconds == null ? null : number(seconds));
        put(fields, linkKey, link == null ? null : id(link));
        return fields;
    }

    private static Map<String, String> optionFields(Option option) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "key", option.key() == null ? null : text(option.key()));
        put(fields, "phrase", option.phrase() == null ? null : text(option.phrase()));
        put(fields, "say", option.say() == null ? null : text(option.say()));
        if (!option.intents().isEmpty()) {
            fields.put("intents", ids(option.intents()));
        }
        fields.put("goto", id(option.goTo()));
        if (option.hidden()) {
            fields.put("hidden", "true");
        }
        return fields;
    }

    private static Map<String, String> callerFields(CallerParams p) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.byKey().forEach((key, value) -> put(fields, key, value == null ? null
            : value instanceof Integer whole ? String.valueOf(whole) : number(value.doubleValue())));
        return fields;
    }

    private void queues(java.util.Collection<CallCentre.Queue> queues) {
        if (queues.isEmpty()) {
            return;
        }
        line(0, "queues:");
        for (CallCentre.Queue queue : queues) {
            Map<String, String> fields = new LinkedHashMap<>();
            queue.byKey().forEach((key, value) -> put(fields, key, value == null ? null
                : value instanceof List<?> list ? "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]"
                : value instanceof Double d ? number(d) : String.valueOf(value)));
            line(1, id(queue.id()) + ": " + flow(fields));
        }
    }

    private static Map<String, String> dayFields(CallCentre.Day day) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "open_hours", day.openHours() == null ? null : number(day.openHours()));
        put(fields, "profile", day.profile() == null ? null
            : "[" + String.join(", ", day.profile().stream().map(TreeWriter::number).toList()) + "]");
        return fields;
    }

    private static Map<String, String> serviceFields(CallCentre.Service service) {
        Map<String, String> fields = new LinkedHashMap<>();
        service.byKey().forEach((key, value) -> put(fields, key, value == null ? null : number(value)));
        return fields;
    }

    private static Map<String, String> costFields(Costs c) {
        Map<String, String> fields = new LinkedHashMap<>();
        c.byKey().forEach((key, value) -> put(fields, key, value == null ? null : number(value)));
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (key != null && value != null) {
            fields.put(key, value);
        }
    }

    private void block(String name, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        line(0, name + ":");
        fields.forEach((k, v) -> line(1, k + ": " + v));
    }

    private static String flow(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + ": " + v));
        return "{ " + String.join(", ", parts) + " }";
    }

    private void line(int depth, String content) {
        out.append("  ".repeat(depth)).append(content).append('\n');
    }

    private static String ids(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(TreeWriter::id).toList()) + "]";
    }

    /** An id: plain when YAML reads it back as the same text, else double-quoted. */
    static String id(String id) {
        boolean plain = PLAIN_ID.matcher(id).matches() && !YAML_WORDS.contains(id.toLowerCase(Locale.ROOT));
        return plain ? id : text(id);
    }

    /** A number as YAML reads it back exactly: no exponent, shortest decimal that round-trips. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** Any text as a double-quoted YAML scalar. */
    static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Printable.isUnsafe(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
