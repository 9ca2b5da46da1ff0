/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.EObject;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.HeaderRows.Heading;

/**
 * One or two columns of a sheet showing one thing of an element (a feature, a year's target, a kind of contact).
 * Writing puts the element's value in the row; reading compares the row with the element and says what would
 * change, without changing anything.
 */
interface Column {

    List<Heading> headings();

    void write(EObject element, Row row, int first, WorkbookOut out);

    /** Drop-down lists for the column's data rows; none by default. */
    default void choices(Sheet sheet, int first, int lastRow, WorkbookOut out) {}

    /** The edit the row asks of the element (a new one, not yet in the plan, for a new row), or null when none. */
    Edit read(EObject element, Row row, int first, WorkbookIn in) throws CellProblem;
}
