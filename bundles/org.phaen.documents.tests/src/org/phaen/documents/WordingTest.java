/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
