/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phaen.model.provider.LabelFiles.LabelFile;

/** plugin_th.properties is a complete, well-formed translation of plugin.properties. */
class ThaiLabelFileTest {

    private final LabelFile english = LabelFiles.english();
    private final LabelFile thai = LabelFiles.thai();

    @Test
    void bothFilesAreNonTrivialAndHaveNoDuplicateKeys() {
        assertTrue(
                english.keys().size() > 300,
                "plugin.properties has only " + english.keys().size() + " keys");
        assertEquals(List.of(), english.duplicateKeys(), "keys defined twice in plugin.properties");
        assertEquals(List.of(), thai.duplicateKeys(), "keys defined twice in plugin_th.properties");
    }

    @Test
    void everyEnglishKeyHasANonEmptyThaiValue() {
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (String key : english.keys()) {
            String value = thai.get(key);
            if (value == null) {
                missing.add(key);
            } else if (value.isBlank()) {
                empty.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys of plugin.properties missing in plugin_th.properties");
        assertEquals(List.of(), empty, "keys with an empty value in plugin_th.properties");
    }

    @Test
    void noThaiKeyIsUnknownInEnglish() {
        Set<String> extra = new TreeSet<>(thai.keys());
        extra.removeAll(english.keys());
        assertEquals(Set.of(), extra, "keys of plugin_th.properties that plugin.properties lacks (typos?)");
    }

    @Test
    void englishValuesAreNotEmpty() {
        List<String> empty =
                english.keys().stream().filter(k -> english.get(k).isBlank()).toList();
        assertEquals(List.of(), empty, "keys with an empty value in plugin.properties");
    }

    @Test
    void placeholdersMatchPerKey() {
        List<String> mismatches = new ArrayList<>();
        for (String key : english.keys()) {
            String th = thai.get(key);
            if (th == null) {
                continue; // reported by everyEnglishKeyHasANonEmptyThaiValue
            }
            Set<Integer> en = LabelFiles.placeholders(english.get(key));
            Set<Integer> thIndexes = LabelFiles.placeholders(th);
            if (!en.equals(thIndexes)) {
                mismatches.add(key + ": English " + en + ", Thai " + thIndexes);
            }
        }
        assertEquals(List.of(), mismatches, "MessageFormat placeholders differ");
    }

    @Test
    void thePatternsTheItemProvidersUseHaveTheirPlaceholders() {
        // EMF's generated code formats these with 1, 2 or 3 arguments.
        assertPlaceholders("_UI_CreateChild_text", 0);
        assertPlaceholders("_UI_CreateChild_text2", 0, 1);
        assertPlaceholders("_UI_CreateChild_text3", 1);
        assertPlaceholders("_UI_CreateChild_tooltip", 0, 1);
        assertPlaceholders("_UI_CreateChild_description", 0, 1, 2);
        assertPlaceholders("_UI_CreateSibling_description", 0, 1, 2);
        assertPlaceholders("_UI_PropertyDescriptor_description", 0, 1);
    }

    private void assertPlaceholders(String key, Integer... expected) {
        Set<Integer> wanted = new TreeSet<>(List.of(expected));
        assertEquals(wanted, LabelFiles.placeholders(english.get(key)), "plugin.properties " + key);
        assertEquals(wanted, LabelFiles.placeholders(thai.get(key)), "plugin_th.properties " + key);
    }

    /** A stray apostrophe quotes the rest of a MessageFormat pattern and swallows its placeholders. */
    @Test
    void patternsFormatWithEveryArgument() {
        Object[] arguments = {"«A»", "«B»", "«C»"};
        List<String> broken = new ArrayList<>();
        for (LabelFile file : List.of(english, thai)) {
            for (String key : file.keys()) {
                String value = file.get(key);
                Set<Integer> used = LabelFiles.placeholders(value);
                if (used.isEmpty()) {
                    continue;
                }
                String formatted;
                try {
                    formatted = MessageFormat.format(value, arguments);
                } catch (IllegalArgumentException e) {
                    broken.add(file.name() + " " + key + ": " + e.getMessage());
                    continue;
                }
                for (int i : used) {
                    if (!formatted.contains((String) arguments[i])) {
                        broken.add(file.name() + " " + key + ": {" + i + "} lost in \"" + formatted + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /**
     * Equinox (ManifestLocalization) and EMF (EMFPlugin, outside OSGi) read the file through
     * java.util.PropertyResourceBundle(InputStream), which decodes UTF-8 since Java 9.
     */
    @Test
    void propertyResourceBundleReadsTheThaiFileAsUtf8() throws IOException {
        PropertyResourceBundle bundle =
                new PropertyResourceBundle(new ByteArrayInputStream(LabelFiles.bytes(LabelFiles.THAI)));
        assertEquals(thai.get("_UI_Project_type"), bundle.getString("_UI_Project_type"));
        assertEquals("โครงการ", bundle.getString("_UI_Project_type"));
        assertEquals("ประเด็นยุทธศาสตร์", bundle.getString("_UI_StrategicIssue_type"));
    }
}
