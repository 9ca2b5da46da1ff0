package org.phaen.model.internal;

import java.time.LocalDate;

/**
 * Reads ISO dates ({@code 2019-09-30}) for the model's LocalDate data type. Plan files hold many
 * dates; the common fixed-width form is parsed directly, anything else goes to the JDK's parser.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // still validates month and day
            }
        }
        return LocalDate.parse(text.trim());
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
