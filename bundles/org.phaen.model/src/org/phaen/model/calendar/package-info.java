/**
 * The Thai government fiscal calendar: fiscal years (1 October to 30 September, named by the Buddhist-Era
 * year in which they end), their reporting periods, and Thai date formats.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.calendar.FiscalYear#of(int)} and
 * {@link org.phaen.model.calendar.FiscalYear#containing(java.time.LocalDate)};
 * {@link org.phaen.model.calendar.FiscalPeriod} with its stable {@code code()} ({@code 2562-Q1}, {@code 2562-C9})
 * and {@link org.phaen.model.calendar.FiscalPeriod#parse(String)}; {@link org.phaen.model.calendar.ThaiDates}
 * for B.E. dates in documents and forms.
 * <p>
 * <b>Contract:</b> every conversion between B.E. and C.E. goes through
 * {@link java.time.chrono.ThaiBuddhistChronology}; period dates are derived from (year, kind, sequence), so a
 * period is never inconsistent, and period codes are safe to store in files and databases. Invalid years,
 * sequences and codes are refused with an exception, never corrected.
 * <p>
 * <b>Threads:</b> all types are immutable values or stateless utilities: safe from any thread.
 */
package org.phaen.model.calendar;
