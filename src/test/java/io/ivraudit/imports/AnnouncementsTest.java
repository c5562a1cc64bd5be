package io.ivraudit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which words of a prompt announce which key, as a caller hears them. */
class AnnouncementsTest {
    @Test void oneSentenceMayAnnounceSeveralKeysEachInItsOwnClause() {
        Announcements a = new Announcements("Welcome. Press 1 for hardware issues, or press 2 for software issues.");
        assertEquals("Press 1 for hardware issues", a.sentence(a.announceKey("1")));
        assertEquals("press 2 for software issues.", a.sentence(a.announceKey("2")));
        assertEquals("Welcome.", a.rest());
    }

    @Test void theWordsBeforeAKeyStayWithIt() {
        Announcements a = new Announcements("For billing, press 1, for sales, press 2; to hear this again, press 9.");
        assertEquals("For billing, press 1", a.sentence(a.announceKey("1")));
        assertEquals("for sales, press 2", a.sentence(a.announceKey("2")));
        assertEquals("to hear this again, press 9.", a.sentence(a.announceKey("9")));
        assertEquals("", a.rest());
    }

    @Test void aSentenceWithOneKeyIsNotCut() {
        Announcements a = new Announcements("For billing or payments, press 1.");
        assertEquals("For billing or payments, press 1.", a.sentence(a.announceKey("1")));
        assertEquals(-1, a.announceKey("2"));
    }
}
