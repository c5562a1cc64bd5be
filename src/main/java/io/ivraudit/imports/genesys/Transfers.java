package io.ivraudit.imports.genesys;

import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where Archy's transfer actions send a call (resource center, "Add a transfer action to a task"):
 * Transfer to ACD puts it in a queue (one person per queue), Transfer to User and to Group ring a
 * person, Transfer to Number and to Voicemail leave the flow for an address a person may answer,
 * Transfer to Flow moves it to another flow for good, and Call Common Module runs a module that
 * comes back. Seen in the files: {@code targetQueue} and voicemail's {@code destination: queue:};
 * the keys of the others ({@code targetUser}, {@code targetGroup}, {@code targetNumber},
 * {@code targetFlow}, {@code commonModule}) are from Archy's documentation, not seen in a file.
 */
final class Transfers {
    private final Builder b;

    Transfers(Builder b) {
        this.b = b;
    }

    /** What a transfer action does; empty for an action that is no transfer. */
    Optional<Step> step(String type, JsonView body) {
        return Optional.ofNullable(switch (type) {
            case "transferToAcd" -> new Step.Person(target(body, "targetQueue", "queue").orElse(null));
            case "transferToUser" -> new Step.Person(target(body, "targetUser", "user").map(u -> "user " + u).orElse(null));
            case "transferToGroup" -> new Step.Person(target(body, "targetGroup", "group").map(g -> "group " + g).orElse(null));
            case "transferToNumber" -> new Step.Forward(target(body, "targetNumber", "number")
                .orElseGet(() -> "a phone number set at run time" + expression(body, "targetNumber")), Channel.PHONE);
            case "transferToVoicemail", "transferToGroupVoicemail" -> new Step.Forward(voicemail(body), Channel.PHONE);
            case "transferToFlow", "transferToFlowSecure" -> new Step.Link(target(body, "targetFlow", "flow")
                .orElseGet(() -> "a flow set at run time" + expression(body, "targetFlow")));
            case "callCommonModule" -> new Step.Link(module(body), true);
            default -> null;
        });
    }

    /** The name a target holds: a literal, a named literal, a variable that always holds one, or a placeholder. */
    private Optional<String> target(JsonView body, String... keys) {
        for (String key : keys) {
            Optional<Node> node = body.get(key);
            if (node.isPresent()) {
                Optional<String> name = Values.name(node.get())
                    .or(() -> Values.expression(node.get()).flatMap(b.variables::literal));
                if (name.isPresent() && !name.get().isBlank()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static String expression(JsonView body, String key) {
        return body.get(key).flatMap(Values::expression).map(e -> " (" + e + ")").orElse("");
    }

    /** {@code destination: queue: targetQueue:} (seen), or a user's or group's voicemail. */
    private String voicemail(JsonView body) {
        JsonView destination = body.object("destination");
        for (List<String> kind : List.of(List.of("queue", "targetQueue"), List.of("user", "targetUser"),
                List.of("group", "targetGroup"))) {
            JsonView one = destination.object(kind.get(0));
            Optional<String> name = one.present() ? target(one, kind.get(1)) : Optional.empty();
            if (name.isPresent()) {
                return "voicemail of " + kind.get(0) + " " + name.get();
            }
        }
        return target(body, "targetUser", "targetGroup", "targetQueue").map(n -> "voicemail of " + n)
            .orElse("a voicemail box set at run time");
    }

    /** {@code commonModule: {Module name: {...}}} or {@code commonModule: {name: ...}}. */
    private static String module(JsonView body) {
        JsonView module = body.object("commonModule");
        return Values.text(module, "name").or(() -> Values.keys(module).stream().findFirst())
            .or(() -> body.get("commonModule").flatMap(Values::text))
            .orElse("a common module the export does not name");
    }
}
