package org.phaen.instruments;

import java.time.LocalDate;

/**
 * How to render: Thai numerals in dates and numbers (๒๕๖๒) as Thai government documents may use,
 * and the date printed as the issue date of the form.
 */
public record RenderOptions(boolean thaiNumerals, LocalDate issued) {

    public static RenderOptions defaults() {
        return new RenderOptions(false, LocalDate.now());
    }
}
