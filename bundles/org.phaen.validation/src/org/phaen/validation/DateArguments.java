/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.time.LocalDate;
import java.util.List;
import org.phaen.model.calendar.ThaiDates;

/**
 * Dates as rule message arguments: first every date in English (ISO, C.E.), then the same dates in Thai (B.E., e.g.
 * “1 ตุลาคม 2561”), then the other arguments; so an English message uses the first run and a Thai one the second.
 * A date not known is "-" in both.
 */
public final class DateArguments {

    private DateArguments() {}

    /** The dates in English, then in Thai, then {@code extra}. */
    public static Object[] of(List<LocalDate> dates, Object... extra) {
        int n = dates.size();
        Object[] args = new Object[2 * n + extra.length];
        for (int i = 0; i < n; i++) {
            LocalDate date = dates.get(i);
            args[i] = date == null ? "-" : date.toString();
            args[n + i] = date == null ? "-" : ThaiDates.formatLong(date);
        }
        System.arraycopy(extra, 0, args, 2 * n, extra.length);
        return args;
    }
}
