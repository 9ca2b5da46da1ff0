/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.junit.jupiter.api.Assertions.*;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.phaen.model.PhaenPackage;
import org.phaen.testing.Repository;

/**
 * The workbook's element, feature and value labels are the workbench's: read from org.phaen.model.edit's plugin
 * properties (no copy to keep equal), in Thai and in English, for every class, feature and literal of the metamodel.
 */
class WorkbookLabelsTest {

    @Test
    void theLabelsAreTheWorkbenchsLabels() throws Exception {
        assertLabels(WorkbookWords.ENGLISH, edit("plugin.properties"));
        assertLabels(WorkbookWords.THAI, edit("plugin_th.properties"));
        assertEquals("โครงการ", WorkbookWords.THAI.kind(PhaenPackage.Literals.PROJECT));
        assertEquals("Project", WorkbookWords.ENGLISH.kind(PhaenPackage.Literals.PROJECT));
    }

    private static void assertLabels(WorkbookWords words, Properties edit) {
        int checked = 0;
        for (EClassifier type : PhaenPackage.eINSTANCE.getEClassifiers()) {
            checked += same(edit, "_UI_" + type.getName() + "_type", words.kind(type));
            if (type instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    checked += same(
                            edit,
                            "_UI_" + eClass.getName() + "_" + feature.getName() + "_feature",
                            words.feature(feature));
                }
            } else if (type instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    checked += same(
                            edit,
                            "_UI_" + eEnum.getName() + "_" + literal.getLiteral() + "_literal",
                            words.literal(literal.getInstance(), eEnum));
                }
            }
        }
        assertTrue(checked > 200, "labels compared: " + checked);
    }

    /** 1 when the edit bundle has the key and the workbook word is its label; fails when they differ. */
    private static int same(Properties edit, String key, String word) {
        if (!edit.containsKey(key)) {
            return 0;
        }
        assertEquals(edit.getProperty(key).strip(), word, key);
        return 1;
    }

    private static Properties edit(String file) throws Exception {
        Properties labels = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Repository.path("bundles", "org.phaen.model.edit", file), StandardCharsets.UTF_8)) {
            labels.load(reader);
        }
        assertFalse(labels.isEmpty());
        return labels;
    }
}
