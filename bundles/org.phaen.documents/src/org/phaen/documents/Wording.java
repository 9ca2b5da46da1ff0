/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fixed words in Thai or English from properties files rather than Java literals: Phaen's document words (page
 * labels, table keys) from {@code wording_th.properties} and {@code wording_en.properties} beside this class
 * ({@link #THAI}, {@link #ENGLISH}), and any bundle's own words through {@link #of(String, Class, boolean)}.
 */
public final class Wording {

    public static final Wording THAI = new Wording(Locale.of("th")), ENGLISH = new Wording(Locale.ENGLISH);

    private final ResourceBundle texts;

    private Wording(Locale locale) {
        this("org.phaen.documents.wording", Wording.class, locale);
    }

    private Wording(String baseName, Class<?> owner, Locale locale) {
        // No fallback to the JVM's locale: a Thai document says Thai words on any machine. The owner's class loader
        // finds the files in the owner's bundle under OSGi.
        texts = ResourceBundle.getBundle(
                baseName,
                locale,
                owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Wording of(boolean english) {
        return english ? ENGLISH : THAI;
    }

    /**
     * The words of {@code baseName}{@code _th.properties} or {@code _en.properties} (UTF-8) in the bundle of
     * {@code owner}, e.g. {@code of("org.phaen.reports.report", ThaiTexts.class, false)} for the reports' Thai words.
     */
    public static Wording of(String baseName, Class<?> owner, boolean english) {
        return new Wording(baseName, owner, english ? Locale.ENGLISH : Locale.of("th"));
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them. */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
