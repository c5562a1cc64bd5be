package io.ivraudit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test void oneIsSingularEverythingElsePlural() {
        assertEquals("1 error", Words.count(1, "error"));
        assertEquals("0 errors", Words.count(0, "error"));
        assertEquals("2 errors", Words.count(2, "error"));
        assertEquals("1,000,000 simulated callers", Words.count(1_000_000, "simulated caller"));
    }

    @Test void sibilantsTakeEs() {
        assertEquals("3 presses", Words.count(3, "press"));
        assertEquals("2 addresses", Words.count(2, "address"));
        assertEquals("1 press", Words.count(1, "press"));
        assertEquals("2 branches", Words.count(2, "branch"));
    }

    @Test void irregularPluralsAreGiven() {
        assertEquals("2 people", Words.count(2, "person", "people"));
        assertEquals("1 person", Words.count(1, "person", "people"));
    }
}
