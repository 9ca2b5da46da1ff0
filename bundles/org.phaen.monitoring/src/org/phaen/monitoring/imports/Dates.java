package org.phaen.monitoring.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;

import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.calendar.ThaiDates;

/**
 * Dates as collected data write them: ISO 2019-03-15 (ODK, Kobo, a date cell) or d/M/yyyy as Thai offices write
 * them, with the year in B.E. or C.E. (15/3/2562, 15/3/2019). A B.E. year inside a date that counts C.E. years (a
 * date cell, an ISO date) is caught rather than stored 543 years late.
 */
final class Dates {

    static final String FORMS = "2019-03-15, 15/3/2019 or 15/3/2562";

    private Dates() {
    }

    /** The date written, or null when {@code text} is no date in one of {@link #FORMS}. */
    static LocalDate parse(String text) {
        String s = text.strip();
        try {
            return s.contains("/") ? ThaiDates.parseNumeric(s) : LocalDate.parse(s);
        } catch (RuntimeException e) { // a bad number, a missing part or an impossible date
            return null;
        }
    }

    /** What is wrong with a C.E. date whose year is really B.E. (2562 for 2019), with how to type it; null when nothing. */
    static String buddhistEraYear(LocalDate date) {
        if (date.getYear() <= FiscalYear.MIN_BE_YEAR) {
            return null;
        }
        String hint = "";
        try {
            LocalDate meant = LocalDate.from(ThaiBuddhistDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            hint = ": type " + meant.getDayOfMonth() + "/" + meant.getMonthValue() + "/" + meant.getYear()
                + " (a date cell shows it in B.E.) or the text " + ThaiDates.formatNumeric(meant);
        } catch (DateTimeException e) {
            // 29 February of a B.E. year whose C.E. year is no leap year: no date to suggest
        }
        return "the year " + date.getYear() + " is a B.E. year in a date that counts years C.E." + hint;
    }
}
