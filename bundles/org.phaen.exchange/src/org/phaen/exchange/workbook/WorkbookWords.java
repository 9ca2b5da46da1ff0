/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words of Phaen's workbooks in Thai and English: element kinds, features and values as the workbench names
 * them (labels_*.properties, copied from org.phaen.model.edit), and the workbook's own words (words_*.properties).
 */
public final class WorkbookWords {

    public static final WorkbookWords THAI = new WorkbookWords("th");
    public static final WorkbookWords ENGLISH = new WorkbookWords("en");

    private final ResourceBundle labels;
    private final ResourceBundle words;

    private WorkbookWords(String language) {
        ClassLoader loader = WorkbookWords.class.getClassLoader();
        labels = ResourceBundle.getBundle("org.phaen.exchange.workbook.labels_" + language, Locale.ROOT, loader);
        words = ResourceBundle.getBundle("org.phaen.exchange.workbook.words_" + language, Locale.ROOT, loader);
    }

    String word(String key) {
        return words.getString(key);
    }

    public String kind(EClassifier type) {
        return label("_UI_" + type.getName() + "_type", type.getName());
    }

    public String feature(EStructuralFeature feature) {
        return label(
                "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                feature.getName());
    }

    public String literal(Enumerator value, EEnum type) {
        return label("_UI_" + type.getName() + "_" + value.getLiteral() + "_literal", value.getLiteral());
    }

    private String label(String key, String fallback) {
        return labels.containsKey(key) ? labels.getString(key).strip() : fallback;
    }
}
