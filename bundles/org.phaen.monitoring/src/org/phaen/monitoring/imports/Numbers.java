package org.phaen.monitoring.imports;

import java.math.BigDecimal;

/**
 * Numbers as people type them into a form: Thai digits (๐-๙), thousands separators, spaces, a trailing %.
 * Exact decimals; anything else is not a number.
 */
final class Numbers {

    private Numbers() {
    }

    /** The number, or null when {@code text} is not one. */
    static BigDecimal parse(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '๐' && c <= '๙') {
                ascii.append((char) ('0' + (c - '๐')));
            } else if (c != ',' && c != ' ' && c != '\u00A0') {
                ascii.append(c);
            }
        }
        String s = ascii.toString();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return s.isEmpty() ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
