package io.ivraudit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test void controlsBecomeVisibleEscapes() {
        assertEquals("a\\nb\\r\\tc", Printable.of("a\nb\r\tc"));
        assertEquals("\\x1b[2J\\x1b]0;pwned\\x07", Printable.of("\u001b[2J\u001b]0;pwned\u0007"));
        assertEquals("\\x00\\x7f\\x85\\x9b", Printable.of("\u0000\u007f\u0085\u009b"));
        assertEquals("x\\u2028y\\u202ez\\u2066", Printable.of("x\u2028y\u202ez\u2066"));
        assertEquals("lone \\ud800 half", Printable.of("lone \ud800 half"));
    }

    @Test void printableTextIsReturnedAsItIs() {
        String text = "Para español, oprima dos. 📞 \\n stays two characters";
        assertSame(text, Printable.of(text));
        assertEquals("", Printable.of(null));
    }

    @Property void nothingUnsafeIsLeft(@ForAll String text) {
        String shown = Printable.of(text);
        assertTrue(shown.chars().noneMatch(c -> Printable.isUnsafe((char) c)), shown);
        assertEquals(shown, Printable.of(shown), "escaping twice changes nothing");
    }
}
