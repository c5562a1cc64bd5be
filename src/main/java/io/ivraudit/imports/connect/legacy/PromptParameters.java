package io.ivraudit.imports.connect.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a legacy module says, as the flow language's prompt parameters: its {@code Text} as
 * {@code Text}, or as {@code SSML} when its {@code TextToSpeechType} is {@code ssml}; its
 * {@code AudioPrompt} (a recording's ARN) as {@code PromptId}. A text in a namespace is read from
 * an attribute at run time, and becomes that attribute's reference.
 */
final class PromptParameters {
    private PromptParameters() {}

    /** The module's prompt: its text if it has one, else its recording. */
    static Map<String, Object> of(Module m) {
        Map<String, Object> prompt = new LinkedHashMap<>();
        String text = m.parameter("Text").map(Values::of).orElse(null);
        String audio = m.parameter("AudioPrompt").map(Values::of).orElse(null);
        if (text != null) {
            prompt.put("ssml".equalsIgnoreCase(m.literal("TextToSpeechType")) ? "SSML" : "Text", text);
        } else if (audio != null) {
            prompt.put("PromptId", audio);
        }
        return prompt;
    }

    /** Loop prompts: every text and recording it plays in turn, in file order. */
    static List<Object> messages(Module m) {
        List<Object> messages = new ArrayList<>();
        for (Module.Parameter p : m.parameters()) {
            String value = Values.of(p);
            if (value == null) {
                continue;
            }
            if (p.name().equals("Text")) {
                messages.add(Map.of("ssml".equalsIgnoreCase(m.literal("TextToSpeechType")) ? "SSML" : "Text", value));
            } else if (p.name().equals("AudioPrompt")) {
                messages.add(Map.of("PromptId", value));
            }
        }
        return messages;
    }
}
