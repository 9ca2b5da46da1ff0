/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed wording of generated instruments (titles, sections, questions, hints), Thai and English, from
 * {@code planner_th.properties} and {@code planner_en.properties} beside this class. An argument that is a
 * {@link BilingualText} is placed in its own language on each side.
 */
public final class PlannerWords {

    public static final PlannerWords INSTANCE = new PlannerWords();

    private final ResourceBundle thai = bundle(Locale.of("th"));
    private final ResourceBundle english = bundle(Locale.ENGLISH);

    private PlannerWords() {}

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's locale: a Thai form says Thai words on any machine.
        return ResourceBundle.getBundle(
                "org.phaen.instruments.generate.planner",
                locale,
                PlannerWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} in both languages, with {@code args} placed as {@link MessageFormat} places them. */
    public BilingualText text(String key, Object... args) {
        return new BilingualText(format(thai.getString(key), args, true), format(english.getString(key), args, false));
    }

    private static String format(String pattern, Object[] args, boolean inThai) {
        if (args.length == 0) {
            return pattern;
        }
        Object[] placed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            placed[i] = args[i] instanceof BilingualText text ? (inThai ? text.th() : text.en()) : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(placed);
    }
}
