package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Xml.Element;
import java.util.List;
import java.util.Set;

/**
 * What a caller hears from prompts, audio and the SSML inside them. {@code <audio src>} with
 * text inside is that text (its words, spoken by text-to-speech when the file cannot be played);
 * {@code <audio>} with no text is a recording whose words are unknown; {@code <value>} and
 * {@code <audio expr>} are built at run time; {@code <enumerate>} says each choice of its menu or
 * field; a {@code <prompt count="2">} or higher is a re-prompt, not what the first visit says.
 * The shared XML reader keeps an element's own text apart from its children's, so text around an
 * inline element ({@code Press <emphasis>1</emphasis> for sales}) comes out of order. O(elements).
 */
final class Speech {
    private static final Set<String> PARTS = Set.of("prompt", "audio", "value", "enumerate", "break", "mark", "s", "p",
        "emphasis", "say-as", "prosody", "voice", "sub", "phoneme", "speak", "foreach");

    /**
     * What a caller hears.
     *
     * @param text      the words, spaces collapsed ("" when none)
     * @param recording an audio file is played
     * @param unknown   some of it is a recording whose words are unknown
     * @param dynamic   some of it is built at run time, or said the way the platform chooses
     * @param timeout   the {@code timeout} of the last prompt, if it has one
     */
    record Words(String text, boolean recording, boolean unknown, boolean dynamic, String timeout) {
        static final Words NONE = new Words("", false, false, false, null);

        boolean isEmpty() {
            return text.isEmpty() && !recording && !unknown && !dynamic;
        }

        Words then(Words more) {
            return new Words((text + " " + more.text).strip(), recording || more.recording, unknown || more.unknown,
                dynamic || more.dynamic, more.timeout != null ? more.timeout : timeout);
        }
    }

    /** A choice {@code <enumerate>} speaks: its words and its key, either may be null. */
    record Choice(String words, String key) {}

    private final List<Choice> choices;
    private final StringBuilder text = new StringBuilder();
    private boolean recording;
    private boolean unknown;
    private boolean dynamic;
    private String timeout;

    private Speech(List<Choice> choices) {
        this.choices = choices;
    }

    /** Whether an element of executable content is something a caller hears. */
    static boolean isPart(String name) {
        return PARTS.contains(name);
    }

    /** What these elements say, with {@code <enumerate>} speaking {@code choices}. */
    static Words of(List<Element> parts, String ownText, List<Choice> choices) {
        Speech speech = new Speech(choices);
        speech.text.append(ownText == null ? "" : ownText);
        parts.forEach(speech::add);
        return speech.words();
    }

    /** What one element says. */
    static Words of(Element part, List<Choice> choices) {
        return of(List.of(part), "", choices);
    }

    private Words words() {
        return new Words(text.toString().replaceAll("\\s+", " ").strip(), recording, unknown, dynamic, timeout);
    }

    private void add(Element e) {
        switch (e.name()) {
            case "prompt" -> {
                if (count(e) > 1) {
                    return;
                }
                e.attribute("timeout").ifPresent(t -> timeout = t);
                inside(e);
            }
            case "audio" -> {
                recording = true;
                int before = text.length();
                inside(e);
                if (text.substring(before).isBlank()) {
                    unknown = true;
                    dynamic |= e.attribute("expr").isPresent();
                }
            }
            case "value" -> {
                dynamic = true;
                e.attribute("expr").ifPresent(x -> text.append(' ').append(Expressions.spoken(x)));
            }
            case "foreach" -> dynamic = true;
            case "enumerate" -> enumerate(e);
            case "sub" -> text.append(' ').append(e.attribute("alias").orElse(e.text()));
            case "break", "mark", "metadata", "meta", "lexicon", "desc" -> { }
            default -> inside(e);
        }
    }

    private void inside(Element e) {
        text.append(' ').append(e.text());
        e.children().forEach(this::add);
    }

    /**
     * Each choice as {@code <enumerate>} says it. With content, the template says the choice's
     * words ({@code _prompt}) and its key ({@code _dtmf}); without, the platform's own
     * enumeration says each choice's words, and whether it says their keys is the platform's.
     */
    private void enumerate(Element e) {
        String template = e.allText() + " " + e.children().stream().map(c -> c.attribute("expr").orElse(""))
            .reduce("", String::concat);
        boolean own = !e.children().isEmpty() || !e.text().isBlank();
        boolean words = !own || template.contains("_prompt");
        boolean keys = own && template.contains("_dtmf");
        for (Choice choice : choices) {
            String say = choice.words() == null ? "" : choice.words().strip().replaceAll("[.!?]+$", "");
            if (keys && choice.key() != null) {
                text.append(' ').append(words && !say.isEmpty() ? "For " + say + ", press " + choice.key() + "."
                    : "Press " + choice.key() + ".");
            } else if (words && !say.isEmpty()) {
                text.append(' ').append(say).append('.');
            }
            dynamic |= !own && choice.key() != null;
        }
    }

    /** A prompt's or handler's {@code count}: the visit or occurrence it is for (1 when not given or not a number). */
    static int count(Element e) {
        try {
            return Math.max(1, Integer.parseInt(e.attribute("count").orElse("1").strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
