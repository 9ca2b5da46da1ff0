/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Locale;

/** The languages Phaen speaks. */
public enum Language {
    EN,
    TH;

    private static final Locale THAI = Locale.of("th", "TH");

    /** The locale for formatting messages: Thai (Thailand) or English. */
    public Locale locale() {
        return this == TH ? THAI : Locale.ENGLISH;
    }

    /** Parses "th" or "en" (any case). */
    public static Language of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
