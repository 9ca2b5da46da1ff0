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
