/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

/**
 * The names of the keys typed in one cell, separated by commas ("R17-S1.1, R17-S2.1"), looked up and joined the same
 * way, by a formula Excel (2007 on) and LibreOffice Calc both evaluate: the n-th key is cut out of the cell with
 * SUBSTITUTE/MID/TRIM and looked up like a single reference; a key that names nothing adds nothing. No text literal
 * and no {@code &} appear (CHAR(44) is the comma, CHAR(32) the blank, T(0) empty text, CONCATENATE joins), as in
 * {@link WorkbookOut#lookup}: nothing for a streamed sheet to write as an XML entity in a hundred thousand formulas.
 */
final class NamesFormula {

    /** Room for keys a planner types after the export: the formula looks up this many more than were written. */
    static final int ROOM = 3;
    /** The longest key the formula cuts out whole (codes are short; a UUID is 36). */
    private static final int WIDTH = 200;

    private NamesFormula() {}

    /** The formula for the key cell, e.g. {@code D5}, looking up in the named two-column {@code table}. */
    static String of(String keyCell, String table, int written) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < written + ROOM; n++) {
            joined.append(n == 0 ? "" : ",")
                    .append("IFERROR(CONCATENATE(CHAR(44),CHAR(32),VLOOKUP(")
                    .append(key(keyCell, n))
                    .append(',')
                    .append(table)
                    .append(",2,FALSE)),T(0))");
        }
        // Without the first ", "; 32767 is the longest text a cell holds.
        return "MID(CONCATENATE(" + joined + "),3,32767)";
    }

    /** The n-th key (from 0) of the cell: each comma widened to WIDTH blanks, the n-th stretch of WIDTH, trimmed. */
    private static String key(String keyCell, int n) {
        return "TRIM(MID(SUBSTITUTE(" + keyCell + ",CHAR(44),REPT(CHAR(32)," + WIDTH + "))," + (n * WIDTH + 1) + ","
                + WIDTH + "))";
    }
}
