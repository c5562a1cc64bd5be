package io.ivraudit.imports.voicexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Platform;
import org.junit.jupiter.api.Test;

/** Links work from every dialog, so each is an option of every menu: a hostile number of them is capped, not multiplied. */
class VoiceXmlGlobalsTest {
    @Test void aMenuGetsAtMostTwentyFourGlobalOptionsAndTheRestAreNoted() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("<link next=\"#m").append(i).append("\"><grammar><item>word ").append(i).append("</item></grammar></link>\n");
        }
        for (int i = 0; i < 60; i++) {
            body.append("<menu id=\"m").append(i).append("\"><prompt>Menu ").append(i).append(". Press 1.</prompt>")
                .append("<choice dtmf=\"1\" next=\"#m").append((i + 1) % 60).append("\">next</choice></menu>\n");
        }
        Platform.Parsed parsed = Vxml.parse("links.vxml", Vxml.wrap(body.toString()));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        for (Block block : parsed.flows().get(0).blocks().values()) {
            long phrases = block.exits().stream().filter(e -> e.kind() == Exit.Kind.PHRASE && e.value().startsWith("word")).count();
            assertTrue(phrases <= Options.MOST_GLOBALS, block.id() + " has " + phrases + " global options");
        }
        assertEquals(1, parsed.notes().size(), parsed.notes().toString());
        assertTrue(parsed.notes().get(0).message().startsWith("more than 24 links and document-wide choices"), parsed.notes().toString());
    }
}
