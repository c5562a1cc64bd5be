package io.ivraudit.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable, unique node ids for imported blocks: a block's own name where it has one a person
 * wrote ({@code main_menu} becomes {@code main-menu}), else its kind and a number
 * ({@code menu-3}) where the export only has generated ids (UUIDs, ARNs).
 */
final class NodeIds {
    private static final Pattern GENERATED = Pattern.compile(
        "(?i)[0-9a-f]{8}-[0-9a-f]{4}-.*|[0-9a-f]{16,}|.*\\d{5,}.*|arn:.*");
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** A new id for a block, from its name if a person wrote one, else from its kind. */
    String forBlock(String blockId, String kind) {
        String slug = slug(blockId);
        if (GENERATED.matcher(blockId).matches() || slug.isEmpty() || slug.length() > 40) {
            return numbered(kind);
        }
        return unique(slug);
    }

    /** A new id {@code kind-N}. */
    String numbered(String kind) {
        String id;
        do {
            id = kind + "-" + counters.merge(kind, 1, Integer::sum);
        } while (!taken.add(id));
        return id;
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}, ... if it is taken. */
    String unique(String wanted) {
        String id = wanted;
        for (int i = 2; !taken.add(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    /** Lower-case words joined by dashes. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
