/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The regional report's wording in Thai or English, from {@code messages*.properties} beside this class. */
public final class RegionalTexts {

    private final ResourceBundle bundle;
    private final boolean thai;

    private RegionalTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "org.phaen.network.region.messages",
                locale,
                RegionalTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.thai = locale.getLanguage().equals("th");
    }

    /** {@code th} or {@code en}. */
    public static RegionalTexts of(String language) {
        return new RegionalTexts("en".equals(language) ? Locale.ROOT : Locale.of("th"));
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(args);
    }

    public boolean thai() {
        return thai;
    }
}
