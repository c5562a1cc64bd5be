package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The names another flow may use to transfer a call to this one: the flow's {@code Name} (at the
 * top of DescribeContactFlow's output, under {@code ContactFlow}, or in {@code Metadata.name}), its
 * {@code Arn} and {@code Id}, the id after {@code contact-flow/} in the ARN, and the file's name
 * without its extensions (and, for files saved as {@code owner__repo__Name.json}, its last part).
 */
final class FlowNames {
    private FlowNames() {}

    /** The flow's own name, else the file's name without its extension. */
    static String name(JsonView outer, JsonView flow, String file) {
        return References.nonBlank(outer.text("Name"))
            .or(() -> References.nonBlank(outer.object("ContactFlow").text("Name")))
            .or(() -> References.nonBlank(flow.object("Metadata").text("name")))
            .orElse(stem(file, false));
    }

    static Set<String> names(JsonView outer, JsonView flow, String file) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name(outer, flow, file));
        for (JsonView source : new JsonView[] {outer, outer.object("ContactFlow")}) {
            for (String key : new String[] {"Name", "Arn", "Id"}) {
                References.nonBlank(source.text(key)).ifPresent(names::add);
            }
            References.nonBlank(source.text("Arn")).flatMap(FlowNames::flowId).ifPresent(names::add);
        }
        References.nonBlank(flow.object("Metadata").text("name")).ifPresent(names::add);
        String stem = stem(file, false);
        names.add(stem);
        names.add(stem(file, true));
        int parts = stem.lastIndexOf("__");
        if (parts >= 0 && parts + 2 < stem.length()) {
            names.add(stem.substring(parts + 2));
        }
        return names;
    }

    /** The id after {@code contact-flow/} in a flow's ARN. */
    private static Optional<String> flowId(String arn) {
        int at = arn.indexOf("contact-flow/");
        return at < 0 ? Optional.empty() : References.nonBlank(Optional.of(arn.substring(at + "contact-flow/".length())));
    }

    /** A file's name without its folder and its last extension ({@code every}: all of them, "a.content.json" is "a"). */
    private static String stem(String file, boolean every) {
        String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = every ? base.indexOf('.') : base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem.isBlank() ? "flow" : stem;
    }
}
