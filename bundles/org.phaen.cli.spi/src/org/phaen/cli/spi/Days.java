/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Days given on the command line: read as ISO dates with a plain message, and checked against today. */
public final class Days implements ITypeConverter<LocalDate> {

    /** {@code 2019-07-31}; anything else is one line that says how to write it, not Java's parser text. */
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a date: write it as YEAR-MONTH-DAY in C.E., e.g. 2019-07-31");
        }
    }

    /** Refuses a day after today where a day to come makes no sense (what was published, what was collected). */
    public static void refuseFuture(LocalDate day, String option, String why) throws BadInputException {
        if (day.isAfter(LocalDate.now())) {
            throw new BadInputException(option + " " + day + " is after today: " + why, null);
        }
    }

    /** Warns on stderr about a day after today where one may be meant (what will be overdue by then). */
    public static void warnFuture(LocalDate day, String option, String consequence, PrintWriter err) {
        if (day.isAfter(LocalDate.now())) {
            err.println("phaen: warning: " + option + " " + day + " is after today; " + consequence);
        }
    }
}
