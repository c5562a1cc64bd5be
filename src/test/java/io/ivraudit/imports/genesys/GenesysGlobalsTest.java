package io.ivraudit.imports.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Platform;
import org.junit.jupiter.api.Test;

/** A global choice is added to every menu: a hostile number of them is capped, not multiplied. */
class GenesysGlobalsTest {
    @Test void atMostTwentyFourGlobalChoicesReachEveryMenuAndTheRestAreNoted() {
        StringBuilder yaml = new StringBuilder("""
            inboundCall:
              name: Globals
              startUpRef: "/inboundCall/menus/menu[m0]"
              menus:
            """);
        for (int i = 0; i < 40; i++) {
            yaml.append("    - menu:\n        name: M").append(i).append("\n        refId: m").append(i)
                .append("\n        audio:\n          tts: Menu ").append(i).append(".\n        choices:\n")
                .append("          - menuDisconnect:\n              name: D").append(i).append("\n              dtmf: digit_9\n")
                .append("              globalSpeechRecTerms: true\n              speechRecTerms:\n                en-us:\n")
                .append("                  terms:\n                    - word").append(i).append('\n');
        }
        Platform.Parsed parsed = Archy.parse("globals.yaml", yaml.toString());
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        for (Block block : parsed.flows().get(0).blocks().values()) {
            long phrases = block.exits().stream().filter(e -> e.kind() == Exit.Kind.PHRASE).count();
            assertTrue(phrases <= Menus.MOST_GLOBALS + 1, block.id() + " has " + phrases + " phrases");
        }
        assertEquals(40 - Menus.MOST_GLOBALS, parsed.notes().size(), parsed.notes().toString());
        assertTrue(parsed.notes().get(0).message().contains("beyond the first 24 of the flow"), parsed.notes().toString());
    }
}
