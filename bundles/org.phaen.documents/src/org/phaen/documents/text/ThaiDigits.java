/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.text;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Thai digits (zero to nine in Unicode order), taken from the JDK's locale data for Thai digits rather than typed. */
public final class ThaiDigits {

    public static final char ZERO = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("th-TH-u-nu-thai"))
            .getZeroDigit();

    private ThaiDigits() {}

    /** {@code text} with every ASCII digit replaced by the Thai digit of the same value. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (ZERO + (c - '0')) : (char) c));
        return out.toString();
    }
}
