package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.JsonView;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The names other flows use to transfer a call to a legacy flow. A legacy export holds neither
 * its own ARN nor its id; other flows name it by ARN and by the console's name for it
 * ({@code resourceName}), and a transfer is read by that name. So a flow is known by its
 * {@code metadata.name} when the file has one, and by its file's name: without its extensions,
 * its last part when saved as {@code owner__repo__Name.json}, and each of those with underscores
 * read as spaces ({@code 001_Context_Tracking_-_Main} is "001 Context Tracking - Main").
 */
final class LegacyNames {
    private LegacyNames() {}

    /** The flow's own name: {@code metadata.name}, else the file's name without its extension. */
    static String name(JsonView top, String file) {
        return metadataName(top).orElse(stem(file, false));
    }

    static Set<String> names(JsonView top, String file) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name(top, file));
        metadataName(top).ifPresent(names::add);
        Set<String> stems = new LinkedHashSet<>();
        stems.add(stem(file, false));
        stems.add(stem(file, true));
        String stem = stem(file, false);
        int parts = stem.lastIndexOf("__");
        if (parts >= 0 && parts + 2 < stem.length()) {
            stems.add(stem.substring(parts + 2));
        }
        for (String s : stems) {
            names.add(s);
            names.add(s.replace('_', ' ').trim());
        }
        names.removeIf(String::isBlank);
        return names;
    }

    private static Optional<String> metadataName(JsonView top) {
        return top.object("metadata").text("name").map(String::trim).filter(n -> !n.isEmpty());
    }

    /** A file's name without its folder and its last extension ({@code every}: all of them). */
    private static String stem(String file, boolean every) {
        String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = every ? base.indexOf('.') : base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem.isBlank() ? "flow" : stem;
    }
}
