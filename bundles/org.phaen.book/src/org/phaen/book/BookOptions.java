/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

/**
 * How a book is written: which book ({@code kind}), for which fiscal year (the action plan's; {@code null} for the
 * strategic plan, or to take the only one there is), English or Thai, Thai digits or Arabic ones (English books always
 * use Arabic digits), and whether it is the public copy (personal data of people who have not consented redacted).
 */
public record BookOptions(BookKind kind, Integer fiscalYear, boolean english, boolean thaiDigits, boolean publicCopy) {

    public static BookOptions strategic() {
        return new BookOptions(BookKind.STRATEGIC, null, false, true, false);
    }

    public static BookOptions actionPlan(int fiscalYear) {
        return new BookOptions(BookKind.ACTION_PLAN, fiscalYear, false, true, false);
    }

    public BookOptions inEnglish() {
        return new BookOptions(kind, fiscalYear, true, false, publicCopy);
    }

    public BookOptions withArabicDigits() {
        return new BookOptions(kind, fiscalYear, english, false, publicCopy);
    }

    public BookOptions asPublic() {
        return new BookOptions(kind, fiscalYear, english, thaiDigits, true);
    }

    /** Thai digits only in a Thai book. */
    public boolean usesThaiDigits() {
        return thaiDigits && !english;
    }
}
