/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.eclipse.emf.ecore.EObject;

/**
 * A data row of a sheet with the element it stands for (a new, detached one for a row without UUID) and where its
 * columns are: found by their English header, so a planner may move or add columns.
 */
record SheetRow(SheetKind kind, Row row, EObject element, boolean isNew, Map<String, Integer> columns) {

    /** Headers are matched without surrounding blanks and case. */
    static String headerKey(String header) {
        return header.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The column headed so in English, or null when the sheet has none. */
    Integer column(String english) {
        return columns.get(headerKey(english));
    }

    /** “sheet โครงการ, row 5”, or with a column “sheet โครงการ, row 5, column H (Status)”. */
    String where(Integer column, String header) {
        String at = "sheet " + kind.thai() + ", row " + (row.getRowNum() + 1);
        return column == null
                ? at
                : at + ", column " + CellReference.convertNumToColString(column) + " (" + header + ")";
    }
}
