/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.phaen.model.Named;
import org.phaen.model.calendar.ThaiDates;

/**
 * Every text a book writes, in the book's language and digits: fixed wording from {@code book_th.properties} and
 * {@code book_en.properties} beside this class, names (English where the model has them in an English book), numbers,
 * amounts and dates (B.E. through {@link ThaiDates}, which uses the Thai Buddhist chronology). In a Thai book with Thai
 * digits every digit the book writes becomes a Thai digit, in names and narrative too, as official books print them;
 * codes stay as typed ({@link #code}).
 */
public final class BookText {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ResourceBundle words;
    private final BookOptions options;

    public BookText(BookOptions options) {
        this.options = options;
        // No fallback to the JVM's locale: a Thai book says Thai words on any machine.
        words = ResourceBundle.getBundle(
                "org.phaen.book.book",
                options.english() ? Locale.ENGLISH : Locale.of("th"),
                BookText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public BookOptions options() {
        return options;
    }

    public boolean english() {
        return options.english();
    }

    /** The fixed wording of {@code key}, {@code args} placed as {@link MessageFormat} places them, digits converted. */
    public String word(String key, Object... args) {
        String pattern = words.getString(key);
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(plain(args));
        return digits(text);
    }

    /** Whether the wording has {@code key} (optional keys, such as labels of enumeration literals). */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** Text from the model or the wording with the book's digits. */
    public String digits(String text) {
        if (text == null) {
            return "";
        }
        return options.usesThaiDigits() ? ThaiDates.toThaiDigits(text) : text;
    }

    /** An element's name: English where the book is English and the model has one, else the Thai name. */
    public String name(Named element) {
        if (element == null) {
            return "";
        }
        String name =
                english() && element.getNameEn() != null && !element.getNameEn().isBlank()
                        ? element.getNameEn()
                        : element.getName();
        return digits(name == null ? "" : name);
    }

    /** Text in one of two languages: {@code en} in an English book where present. */
    public String pick(String th, String en) {
        return digits(english() && en != null && !en.isBlank() ? en : th == null ? "" : th);
    }

    /** A code as typed (codes are identifiers: R17-I1 stays R17-I1). */
    public String code(Named element) {
        return element == null || element.getCode() == null ? "" : element.getCode();
    }

    /** A whole number. */
    public String number(long n) {
        return digits(Long.toString(n));
    }

    /** A value as the plan states it: grouped thousands, as many decimals as it has (at most four). */
    public String value(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return digits(format.format(value));
    }

    /** Baht: grouped thousands, satang shown only when there are any. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format =
                new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return digits(format.format(amount));
    }

    /** A date: “1 ตุลาคม ๒๕๖๑” (B.E.) in Thai, “1 October 2018” in English. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? ENGLISH_DATE.format(date) : digits(ThaiDates.formatLong(date));
    }

    /** A B.E. year as the book writes it (fiscal years, plan periods). */
    public String year(int buddhistEraYear) {
        return digits(Integer.toString(buddhistEraYear));
    }

    /** An enumeration literal's label ({@code enum.KIND.LITERAL} in the wording), or the literal when it has none. */
    public String label(Enum<?> literal) {
        if (literal == null) {
            return "";
        }
        String key = "enum." + literal.getDeclaringClass().getSimpleName() + "." + literal.name();
        return has(key) ? word(key) : literal.name();
    }

    /** Arguments as text, so MessageFormat does not group a year as 2,562. */
    private static Object[] plain(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return out;
    }
}
