/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;

/**
 * Writes a plan as the plan workbook: one sheet per kind of element in plan order, a row per element, and the lists
 * the drop-downs offer last. Without a plan ({@link #writeEmpty}) the sheets have headers and no rows.
 */
public final class PlanWorkbookWriter {

    /** Extra rows the drop-downs cover below the last element, for rows a planner adds. */
    private static final int ROOM = 500;
    /** Rows kept in memory while a sheet is written. */
    private static final int STREAM_WINDOW = 200;

    private final LocalDate today;

    public PlanWorkbookWriter(LocalDate today) {
        this.today = today;
    }

    /** Writes the last plan of the set (the others are there to refer to); returns the number of element rows. */
    public int write(PlanModel plan, WorkbookScope scope, Path out) throws IOException {
        EcoreUtil.resolveAll(plan.eResource().getResourceSet());
        List<SheetKind> sheets = PlanSheets.all(PlanYears.of(plan));
        Map<SheetKind, List<EObject>> rows = new LinkedHashMap<>();
        sheets.forEach(s -> rows.put(s, new ArrayList<>()));
        for (var it = plan.eAllContents(); it.hasNext(); ) {
            EObject element = it.next();
            for (SheetKind sheet : sheets) {
                if (sheet.lists(element) && scope.includes(element, sheet)) {
                    rows.get(sheet).add(element);
                }
            }
        }
        return write(new ElementKeys(plan), rows, out);
    }

    /** The workbook with no rows, to start a plan in a spreadsheet. */
    public void writeEmpty(Path out) throws IOException {
        Map<SheetKind, List<EObject>> rows = new LinkedHashMap<>();
        PlanSheets.all(PlanYears.around(today)).forEach(s -> rows.put(s, List.of()));
        write(new ElementKeys(null), rows, out);
    }

    private int write(ElementKeys keys, Map<SheetKind, List<EObject>> rows, Path path) throws IOException {
        // Written as a stream (SXSSF): rows go to temporary files as they are made, so a 100,000-object plan fits.
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), STREAM_WINDOW);
        try (OutputStream stream = Files.newOutputStream(path)) {
            WorkbookOut out = new WorkbookOut(workbook, keys, new SheetStyles(workbook), today);
            ListsSheet.write(workbook, lists(rows.keySet()), out);
            int count = 0;
            for (var entry : rows.entrySet()) {
                count += sheet(workbook, entry.getKey(), entry.getValue(), out);
            }
            workbook.setSheetOrder(WorkbookWords.THAI.word("sheet.lists"), workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(stream);
            return count;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static int sheet(Workbook workbook, SheetKind kind, List<EObject> elements, WorkbookOut out) {
        Sheet sheet = HeaderRows.sheet(workbook, kind.thai(), kind.headings(), out.styles);
        int[] firsts = new int[kind.columns().size()];
        for (int i = 0, column = kind.firstColumn();
                i < firsts.length;
                column += kind.columns().get(i++).headings().size()) {
            firsts[i] = column;
        }
        String parentKeys = kind.contained() ? out.lists.get(kind.parentKinds()).table() : null;
        int r = HeaderRows.COUNT;
        for (EObject element : elements) {
            Row row = sheet.createRow(r++);
            out.text(row, SheetKind.UUID, ((Identified) element).getUuid());
            if (kind.contained()) {
                String key = out.keys.keyOf(element.eContainer());
                out.text(row, SheetKind.PARENT, key);
                String keyCell = new CellReference(row.getRowNum(), SheetKind.PARENT).formatAsString(false);
                out.cell(row, SheetKind.PARENT + 1).setCellFormula(WorkbookOut.lookup(keyCell, parentKeys));
            }
            for (int i = 0; i < firsts.length; i++) {
                kind.columns().get(i).write(element, row, firsts[i], out);
            }
        }
        int last = r + ROOM;
        if (kind.contained()) {
            org.phaen.documents.xlsx.DropDowns.fromRange(
                    sheet,
                    SheetKind.PARENT,
                    HeaderRows.COUNT,
                    last,
                    out.lists.get(kind.parentKinds()).keys());
        }
        for (int i = 0; i < firsts.length; i++) {
            kind.columns().get(i).choices(sheet, firsts[i], last, out);
        }
        sheet.setColumnHidden(SheetKind.UUID, true);
        return elements.size();
    }

    /** What the lists sheet must offer: parents, referenced kinds, enumerations. */
    private static Set<Object> lists(Set<SheetKind> sheets) {
        Set<Object> wanted = new LinkedHashSet<>();
        for (SheetKind sheet : sheets) {
            if (sheet.contained()) {
                wanted.add(sheet.parentKinds());
            }
            for (Column column : sheet.columns()) {
                if (column instanceof ReferenceColumn reference) {
                    wanted.add(List.of(reference.type()));
                } else if (column instanceof AttributeColumn attribute && attribute.type() instanceof EEnum type) {
                    wanted.add(type);
                }
            }
        }
        return wanted;
    }
}
