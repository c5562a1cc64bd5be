package io.ivraudit.imports.connect.legacy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small legacy exports written in tests: modules, branches and parameters as the legacy console writes them. */
final class Legacy {
    private Legacy() {}

    /** A flow starting at {@code start}. */
    static String flow(String start, String... modules) {
        return "{\"modules\": [\n" + String.join(",\n", modules) + "\n], \"version\": \"1\", \"type\": \"contactFlow\", \"start\": \""
            + start + "\", \"metadata\": {\"name\": \"Test flow\"}}";
    }

    /** A module: its parameters and branches, each given as the JSON of one item. */
    static String module(String id, String type, List<String> parameters, List<String> branches) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"branches\": [" + String.join(", ", branches)
            + "], \"parameters\": [" + String.join(", ", parameters) + "], \"metadata\": {}}";
    }

    static String module(String id, String type, List<String> parameters, List<String> branches, String target, String metadata) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"branches\": [" + String.join(", ", branches)
            + "], \"parameters\": [" + String.join(", ", parameters) + "], \"metadata\": " + metadata
            + (target == null ? "" : ", \"target\": \"" + target + "\"") + "}";
    }

    static String branch(String condition, String to) {
        return "{\"condition\": \"" + condition + "\"" + (to == null ? "" : ", \"transition\": \"" + to + "\"") + "}";
    }

    /** An {@code Evaluate} branch. */
    static String evaluate(String type, String value, String to) {
        return "{\"condition\": \"Evaluate\", \"conditionType\": \"" + type + "\", \"conditionValue\": \"" + value
            + "\", \"transition\": \"" + to + "\"}";
    }

    static String parameter(String name, String value) {
        return "{\"name\": \"" + name + "\", \"value\": " + quoted(value) + ", \"namespace\": null}";
    }

    static String parameter(String name, String value, String namespace) {
        return "{\"name\": \"" + name + "\", \"value\": " + quoted(value) + ", \"namespace\": " + quoted(namespace) + "}";
    }

    /** A parameter that sets a key (an attribute, a Lambda's input). */
    static String keyed(String name, String key, String value, String namespace) {
        return "{\"name\": \"" + name + "\", \"key\": \"" + key + "\", \"value\": " + quoted(value) + ", \"namespace\": "
            + quoted(namespace) + "}";
    }

    /** A parameter naming a resource by ARN, with the console's name for it. */
    static String resource(String name, String arn, String resourceName) {
        return "{\"name\": \"" + name + "\", \"value\": " + quoted(arn) + ", \"namespace\": null, \"resourceName\": "
            + quoted(resourceName) + "}";
    }

    static String disconnect(String id) {
        return module(id, "Disconnect", List.of(), List.of());
    }

    static String play(String id, String words, String next) {
        return module(id, "PlayPrompt", List.of(parameter("Text", words), parameter("TextToSpeechType", "text")),
            List.of(branch("Success", next)));
    }

    static List<String> list(String... items) {
        return List.of(items);
    }

    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + text.chars().mapToObj(c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining()) + "\"";
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
