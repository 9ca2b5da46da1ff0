/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.PhaenPackage;
import org.phaen.ui.properties.Values;

/** Preferences that change what the planner sees: dates in B.E. or ISO, and the language of the next start. */
class PreferencesTest {

    @AfterEach
    void restore() {
        PhaenPreferences.store().setToDefault(PhaenPreferences.BUDDHIST_ERA);
    }

    @Test
    void datesFollowTheCalendarPreference() {
        var dateType = PhaenPackage.Literals.PROJECT__START_DATE.getEAttributeType();
        LocalDate day = LocalDate.of(2019, 1, 15);
        PhaenPreferences.store().setValue(PhaenPreferences.BUDDHIST_ERA, true);
        assertEquals("15/1/2562", Values.toText(dateType, day));
        PhaenPreferences.store().setValue(PhaenPreferences.BUDDHIST_ERA, false);
        assertEquals("2019-01-15", Values.toText(dateType, day));
        assertEquals(day, Values.fromText(dateType, "15/1/2562"), "B.E. typed in");
        assertEquals(day, Values.fromText(dateType, "15/1/2019"), "C.E. typed in");
        assertEquals(day, Values.fromText(dateType, "2019-01-15"), "ISO typed in");
        assertThrows(IllegalArgumentException.class, () -> Values.fromText(dateType, "31/2/2562"));
        assertThrows(IllegalArgumentException.class, () -> Values.fromText(EcorePackage.Literals.EBIG_DECIMAL, "สิบ"));
        assertTrue(PhaenPreferences.fiscalYear() > 2560, "the default fiscal year is the current one in B.E.");
    }

    @Test
    void theLanguageChoiceIsWrittenForTheNextStart() throws Exception {
        Path config =
                Path.of(Platform.getConfigurationLocation().getURL().toURI()).resolve("config.ini");
        String before = Files.exists(config) ? Files.readString(config) : null;
        try {
            InterfaceLanguage.setAtNextStart("en");
            assertTrue(Files.readString(config).contains("osgi.nl=en"));
        } finally {
            if (before == null) {
                Files.deleteIfExists(config);
            } else {
                Files.writeString(config, before);
            }
        }
    }
}
