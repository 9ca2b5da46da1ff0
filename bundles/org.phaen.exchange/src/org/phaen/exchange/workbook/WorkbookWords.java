/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.provider.PhaenEditPlugin;

/**
 * The words of Phaen's workbooks in Thai and English: element kinds, features and values as the workbench names
 * them (read from org.phaen.model.edit's plugin properties, the item providers' own), and the workbook's own words
 * (words_*.properties).
 */
public final class WorkbookWords {

    public static final WorkbookWords THAI = new WorkbookWords("th");
    public static final WorkbookWords ENGLISH = new WorkbookWords("en");

    private final Properties labels;
    private final ResourceBundle words;

    private WorkbookWords(String language) {
        Properties english = editLabels("plugin.properties", null);
        labels = language.equals("th") ? editLabels("plugin_th.properties", english) : english;
        words = ResourceBundle.getBundle(
                "org.phaen.exchange.workbook.words_" + language, Locale.ROOT, WorkbookWords.class.getClassLoader());
    }

    /**
     * One of the edit bundle's label files, found from its base (its jar or folder on the class path, its bundle in
     * OSGi: every Eclipse jar has a plugin.properties, so the class path alone would find the wrong one).
     */
    private static Properties editLabels(String file, Properties defaults) {
        Properties labels = new Properties(defaults);
        String base = PhaenEditPlugin.INSTANCE.getBaseURL().toString();
        try (InputStream in = URI.create(base + (base.endsWith("/") ? "" : "/") + file)
                        .toURL()
                        .openStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the workbench's labels (org.phaen.model.edit/" + file + ") cannot be read", e);
        }
        return labels;
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
        String label = labels.getProperty(key);
        return label == null ? fallback : label.strip();
    }
}
