package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a block says to a caller: its {@code Text}, its {@code SSML} with the tags taken out (the
 * breaks between sentences and paragraphs kept, since a menu's options are told apart by them), or
 * a recording ({@code PromptId}, {@code Media}) whose words the export does not hold.
 */
final class Prompts {
    private static final Pattern SENTENCE_TAG = Pattern.compile("(?i)<\\s*(/?\\s*(p|s)|break)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\s*(\\$\\.[\\w.\\-\\[\\]'\"]+|\\{\\{[^}]*}}|%%[^%]*%%)\\s*");

    private Prompts() {}

    /**
     * A prompt as the export gives it.
     *
     * @param words     what is said, or {@code null} when the export does not hold the words
     * @param recording a recorded prompt (or a prompt chosen at run time) plays
     * @param dynamic   the words are built from data at run time, or filled in when the flow is deployed
     */
    record Prompt(String words, boolean recording, boolean dynamic) {
        static final Prompt NONE = new Prompt(null, false, false);
    }

    static Prompt of(JsonView parameters) {
        String text = parameters.text("Text").orElse(null);
        String ssml = parameters.text("SSML").orElse(null);
        if (text == null && ssml != null) {
            text = spoken(ssml);
        }
        if (text != null) {
            return words(text);
        }
        String promptId = parameters.text("PromptId").orElse(null);
        if (promptId != null || parameters.has("Media")) {
            return new Prompt(null, true, promptId != null && promptId.startsWith("$."));
        }
        return Prompt.NONE;
    }

    /** The prompts a MessageParticipantIteratively plays in turn, joined. */
    static Prompt ofMessages(JsonView parameters) {
        List<String> said = new ArrayList<>();
        boolean recording = false;
        boolean dynamic = false;
        for (Node message : parameters.list("Messages")) {
            Prompt one = of(JsonView.of(message));
            if (one.words() != null) {
                said.add(one.words());
            }
            recording |= one.recording();
            dynamic |= one.dynamic();
        }
        return new Prompt(said.isEmpty() ? null : String.join("\n", said), recording, dynamic);
    }

    private static Prompt words(String text) {
        boolean dynamic = text.contains("$.") || text.contains("{{") || text.contains("%%");
        if (WHOLE_REFERENCE.matcher(text).matches()) {
            return new Prompt(null, true, true);
        }
        String tidy = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n[\\n ]*", "\n").trim();
        return new Prompt(tidy.isEmpty() ? null : tidy, false, dynamic);
    }

    /** SSML as spoken words: sentence and paragraph tags and breaks become line breaks, other tags spaces. */
    private static String spoken(String ssml) {
        String text = SENTENCE_TAG.matcher(ssml).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ").replaceAll("[ \\t]+([,.;:!?])", "$1");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
            .replace("&amp;", "&");
    }
}
