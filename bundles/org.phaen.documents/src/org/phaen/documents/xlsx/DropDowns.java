/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Drop-down lists on a column's data rows. The list is a range of another sheet, so it may be long; typing
 * something else is still allowed (the reader says what is wrong with it, in words, rather than a bare refusal).
 */
public final class DropDowns {

    private DropDowns() {}

    /**
     * @param range an absolute range such as {@code 'รายการ'!$A$3:$A$40}
     * @param lastRow the last 0-based row the list applies to
     */
    public static void fromRange(Sheet sheet, int column, int firstRow, int lastRow, String range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation list = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(firstRow, lastRow, column, column));
        list.setShowErrorBox(false);
        sheet.addValidationData(list);
    }

    /** The absolute reference of rows {@code first..last} (0-based) of one column of a sheet. */
    public static String range(String sheetName, int column, int first, int last) {
        String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'" + sheetName.replace("'", "''") + "'!$" + letters + "$" + (first + 1) + ":$" + letters + "$"
                + (Math.max(first, last) + 1);
    }
}
