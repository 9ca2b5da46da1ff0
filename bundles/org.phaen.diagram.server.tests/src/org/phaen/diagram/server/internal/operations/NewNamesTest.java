/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.PhaenPackage;

/** A new element's name starts with the word for new in the interface language (the workbench's -nl). */
class NewNamesTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void englishInterfaceNamesANewGoalInEnglish() {
        Locale.setDefault(Locale.ENGLISH);
        String name = NewNames.forType(PhaenPackage.Literals.GOAL);
        assertTrue(name.startsWith("New: ") && name.length() > "New: ".length(), name);
        assertTrue(name.substring(0, 5).codePoints().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F), name);
    }

    @Test
    void thaiInterfaceNamesANewGoalInThai() {
        Locale.setDefault(Locale.of("th"));
        String name = NewNames.forType(PhaenPackage.Literals.GOAL);
        assertTrue(name.startsWith("ใหม่: ") && name.length() > "ใหม่: ".length(), name);
    }
}
