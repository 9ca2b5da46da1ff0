/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.exchange.workbook.WorkbookWords;

/**
 * The words of comparisons and merges in Thai or English, from {@code words_th.properties} and {@code
 * words_en.properties}; attributes and links by the labels the workbench's Properties view gives them.
 */
public final class Words {

    public static final Words THAI = new Words(Locale.of("th"), WorkbookWords.THAI),
            ENGLISH = new Words(Locale.ENGLISH, WorkbookWords.ENGLISH);

    private final ResourceBundle texts;
    private final WorkbookWords labels;

    private Words(Locale locale, WorkbookWords labels) {
        this.labels = labels;
        // No fallback to the JVM's locale: Thai output is Thai on any machine.
        texts = ResourceBundle.getBundle(
                "org.phaen.compare.words",
                locale,
                Words.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of a language named {@code th} or {@code en}. */
    public static Words of(String language) {
        return "en".equals(language) ? ENGLISH : THAI;
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them. */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The word for an element kind (an EClass name); the name itself when there is none. */
    public String kind(String className) {
        return texts.containsKey("kind." + className) ? texts.getString("kind." + className) : className;
    }

    /** An attribute's or a link's label as the item providers give it ({@code ชื่อ}, {@code Name}); its name when there is none. */
    public String feature(EStructuralFeature feature) {
        return labels.feature(feature);
    }
}
