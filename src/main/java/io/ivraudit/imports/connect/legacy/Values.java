package io.ivraudit.imports.connect.legacy;

import java.util.Locale;
import java.util.Map;

/**
 * A legacy parameter's value as the flow language writes it. A value with a namespace names an
 * attribute read at run time: {@code External} (a Lambda's result) is {@code $.External.name},
 * {@code User Defined} (a contact attribute) is {@code $.Attributes.name}, and {@code System} a
 * system attribute by its console label ("Stored customer input" is {@code $.StoredCustomerInput}).
 * No AWS page documents the legacy format (FORMATS.md 2e); the namespaces are read from the legacy
 * files, where a Text of "exitPrompt" in namespace External is the prompt a Lambda returned.
 */
final class Values {
    /** System attributes by their label in the legacy console, as the flow language names them. */
    private static final Map<String, String> SYSTEM = Map.ofEntries(
        Map.entry("stored customer input", "$.StoredCustomerInput"),
        Map.entry("customer number", "$.CustomerEndpoint.Address"),
        Map.entry("dialed number", "$.SystemEndpoint.Address"),
        Map.entry("customer callback number", "$.CustomerCallbackNumber"),
        Map.entry("channel", "$.Channel"),
        Map.entry("queue name", "$.Queue.Name"),
        Map.entry("queue arn", "$.Queue.ARN"),
        Map.entry("contact id", "$.ContactId"),
        Map.entry("initial contact id", "$.InitialContactId"),
        Map.entry("previous contact id", "$.PreviousContactId"),
        Map.entry("language", "$.LanguageCode"),
        Map.entry("text to speech voice", "$.TextToSpeechVoiceId"),
        Map.entry("initiation method", "$.InitiationMethod"),
        Map.entry("instance arn", "$.InstanceARN"));

    private Values() {}

    /** The parameter's value: the text itself, or the reference to the attribute its namespace names. */
    static String of(Module.Parameter parameter) {
        if (parameter.value() == null || !parameter.dynamic()) {
            return parameter.value();
        }
        return reference(parameter.namespace(), parameter.value());
    }

    /** The flow language reference to the attribute {@code name} of a namespace. */
    static String reference(String namespace, String name) {
        String key = name.trim();
        return switch (namespace.trim().toLowerCase(Locale.ROOT)) {
            case "external" -> "$.External." + key;
            case "user defined", "userdefined", "attributes" -> "$.Attributes." + key;
            case "system" -> SYSTEM.getOrDefault(key.toLowerCase(Locale.ROOT), "$." + key.replace(" ", ""));
            default -> "$." + namespace.trim().replace(" ", "") + "." + key;
        };
    }
}
