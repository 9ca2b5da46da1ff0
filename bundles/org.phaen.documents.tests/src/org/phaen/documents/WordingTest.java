package org.phaen.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The document words come from the Thai and English properties files, whatever the JVM's locale. */
class WordingTest {

    @Test
    void thaiAndEnglishFromTheirFiles() {
        assertEquals("หน้า", Wording.THAI.text("page"));
        assertEquals("Page", Wording.ENGLISH.text("page"));
        assertEquals(Wording.ENGLISH, Wording.of(true));
    }
}
