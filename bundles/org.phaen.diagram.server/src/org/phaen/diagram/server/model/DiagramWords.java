/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The diagram server's own words in Thai or English, from {@code words_th.properties} and {@code words_en.properties}. */
public final class DiagramWords {

    public static final DiagramWords THAI = new DiagramWords(Locale.of("th")),
            ENGLISH = new DiagramWords(Locale.ENGLISH);

    private final ResourceBundle texts;

    private DiagramWords(Locale locale) {
        // No fallback to the JVM's locale; this bundle's class loader finds the files under OSGi.
        texts = ResourceBundle.getBundle(
                "org.phaen.diagram.server.model.words",
                locale,
                DiagramWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of the interface language (the JVM's default locale, as the workbench sets it with -nl). */
    public static DiagramWords ofInterface() {
        return "th".equals(Locale.getDefault().getLanguage()) ? THAI : ENGLISH;
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them. */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
