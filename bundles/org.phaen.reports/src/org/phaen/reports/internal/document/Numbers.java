/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in Thai reports: grouped thousands; baht with two decimals; other values as entered. */
public final class Numbers {

    private Numbers() {}

    /** e.g. 130500 -> "130,500.00". */
    public static String baht(BigDecimal amount) {
        return format(amount, "#,##0.00");
    }

    /** e.g. 82.50 -> "82.5", 1200 -> "1,200". */
    public static String value(BigDecimal value) {
        return format(value, "#,##0.##");
    }

    /** e.g. 62.5 -> "62.5%"; percentages keep one decimal. */
    public static String percent(BigDecimal value) {
        return format(value, "#,##0.#") + "%";
    }

    private static String format(BigDecimal value, String pattern) {
        if (value == null) {
            return "-";
        }
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
