/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The model's own words in Thai and English (period and fiscal-year labels, the redaction mark, kinds of personal
 * data) from {@code words_th.properties} and {@code words_en.properties} beside this class, and word lists kept as
 * data files beside the classes that use them. Read with this bundle's class loader, so they are found under OSGi.
 */
public final class ModelWords {

    public static final ModelWords THAI = new ModelWords(Locale.of("th")), ENGLISH = new ModelWords(Locale.ENGLISH);

    private final ResourceBundle texts;

    private ModelWords(Locale locale) {
        // No fallback to the JVM's locale: a Thai label is Thai on any machine.
        texts = ResourceBundle.getBundle(
                "org.phaen.model.internal.words",
                locale,
                ModelWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them (pass numbers as text). */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The lines of the UTF-8 data file {@code name} beside {@code owner}, without blank lines and # comments. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name + " beside " + owner.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
