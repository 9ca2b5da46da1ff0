package org.phaen.monitoring.data;

import java.math.BigDecimal;

/** Argument checks shared by the row records: a row with a missing key is a programming error, not bad data. */
final class Rows {

    private Rows() {}

    static String uuid(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    static BigDecimal amount(BigDecimal value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}
