package org.phaen.monitoring.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into a form: Thai digits (๐-๙), commas between thousands, one decimal point, a
 * trailing %. Exact decimals. Anything else is not a number, rather than a guess: {@code 1.234,5} (a European
 * decimal comma), {@code 12,34} or {@code 1,2,3,4} would otherwise be read as a different figure.
 */
final class Numbers {

    /** Commas only every three digits from the decimal point; at most one decimal point. */
    private static final Pattern WELL_FORMED = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

    private Numbers() {
    }

    /** The number, or null when {@code text} is not a well-formed one. */
    static BigDecimal parse(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.replace('\u00A0', ' ').strip().toCharArray()) {
            ascii.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        String s = ascii.toString();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return WELL_FORMED.matcher(s).matches() ? new BigDecimal(s.replace(",", "")) : null;
    }
}
