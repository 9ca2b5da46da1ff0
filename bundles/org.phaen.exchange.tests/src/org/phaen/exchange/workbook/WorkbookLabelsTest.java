/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.phaen.testing.Repository;

/**
 * The workbook's labels are a copy of the edit bundle's (the library needs no EMF.Edit): every element, feature and
 * value label there must be here, word for word, or a sheet would head a new feature with its bare name.
 */
class WorkbookLabelsTest {

    @Test
    void theLabelsAreTheWorkbenchsLabels() throws Exception {
        for (String[] pair : new String[][] {
            {"plugin.properties", "labels_en.properties"}, {"plugin_th.properties", "labels_th.properties"}
        }) {
            Map<String, String> workbench =
                    labels(Files.newInputStream(Repository.path("bundles", "org.phaen.model.edit", pair[0])));
            Map<String, String> copy = labels(WorkbookWords.class.getResourceAsStream(pair[1]));
            assertFalse(workbench.isEmpty());
            assertEquals(
                    workbench,
                    copy,
                    pair[1] + " differs from org.phaen.model.edit/" + pair[0]
                            + ": copy its _type, _feature and _literal lines again");
        }
    }

    private static Map<String, String> labels(InputStream in) throws Exception {
        Properties all = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            all.load(reader);
        }
        Map<String, String> labels = new TreeMap<>();
        all.stringPropertyNames().stream()
                .filter(k -> k.matches("_UI_\\w+_(type|feature|literal)"))
                .forEach(k -> labels.put(k, all.getProperty(k)));
        return labels;
    }
}
