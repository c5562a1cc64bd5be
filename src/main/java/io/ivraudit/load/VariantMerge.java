package io.ivraudit.load;

import io.ivraudit.load.TreeReader.Read;
import io.ivraudit.load.TreeReader.Reference;
import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variant laid over its base (SPEC section 4): its nodes, intents and addresses replace or add
 * entries by id, {@code remove} drops ids, {@code caller}, {@code costs}, {@code day} and
 * {@code service} merge key by key, and {@code queues} replace or add entries by id.
 * What the base's surviving elements refer to is kept, with the base's positions, so every
 * error names the file and line it comes from. O(entries).
 */
final class VariantMerge {
    private VariantMerge() {}

    static Read apply(Read base, Read variant, Problems problems) {
        Set<String> removed = new HashSet<>();
        Tree b = base.tree();
        for (Fields.Positioned id : variant.remove()) {
            boolean known = b.nodes().containsKey(id.text()) || b.intents().containsKey(id.text())
                || b.addresses().containsKey(id.text());
            if (!known) {
                problems.add(id.at(), "remove '" + id.text() + "' names nothing in the base tree"
                    + Spelling.suggestion(id.text(), allIds(b)) + "; expected a node, intent or address id of the base");
            }
            removed.add(id.text());
        }
        Tree v = variant.tree();
        Tree merged = new Tree(v.id(), v.title() != null ? v.title() : b.title(), v.entry() != null ? v.entry() : b.entry(),
            v.caller().over(b.caller()), v.costs().over(b.costs()), centre(b.centre(), v.centre()),
            overlay(b.intents(), v.intents(), removed), overlay(b.addresses(), v.addresses(), removed),
            overlay(b.nodes(), v.nodes(), removed), v.at());
        Set<String> replacedOwners = new HashSet<>();
        v.nodes().keySet().forEach(id -> replacedOwners.add(Reference.owner(Reference.Kind.NODE, id)));
        v.intents().keySet().forEach(id -> replacedOwners.add(Reference.owner(Reference.Kind.INTENT, id)));
        for (String id : removed) {
            for (Reference.Kind kind : Reference.Kind.values()) {
                replacedOwners.add(Reference.owner(kind, id));
            }
        }
        List<Reference> references = new ArrayList<>();
        for (Reference reference : base.references()) {
            boolean entryReplaced = reference.owner() == null && v.entry() != null;
            if (!entryReplaced && !replacedOwners.contains(reference.owner())) {
                references.add(reference);
            }
        }
        references.addAll(variant.references());
        Map<Reference.Kind, Set<String>> declared = new EnumMap<>(Reference.Kind.class);
        for (Reference.Kind kind : Reference.Kind.values()) {
            Set<String> ids = new LinkedHashSet<>(base.declared().getOrDefault(kind, Set.of()));
            ids.removeAll(removed);
            ids.addAll(variant.declared().getOrDefault(kind, Set.of()));
            declared.put(kind, ids);
        }
        return new Read(merged, references, declared, null, List.of());
    }

    /** A variant's queues replace or add the base's by id; its day and service targets merge key by key. */
    private static CallCentre centre(CallCentre base, CallCentre variant) {
        Map<String, CallCentre.Queue> queues = new LinkedHashMap<>(base.queues());
        queues.putAll(variant.queues());
        CallCentre.Day day = variant.day().over(base.day());
        return new CallCentre(queues, day, variant.service().over(base.service()));
    }

    private static <V> Map<String, V> overlay(Map<String, V> base, Map<String, V> variant, Set<String> removed) {
        Map<String, V> out = new LinkedHashMap<>(base);
        out.keySet().removeAll(removed);
        out.putAll(variant);
        return out;
    }

    private static Set<String> allIds(Tree tree) {
        Set<String> ids = new HashSet<>(tree.nodes().keySet());
        ids.addAll(tree.intents().keySet());
        ids.addAll(tree.addresses().keySet());
        return ids;
    }
}
