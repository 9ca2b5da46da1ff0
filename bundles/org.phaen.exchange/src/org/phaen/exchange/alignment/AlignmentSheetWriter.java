/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import static org.phaen.exchange.alignment.SheetLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.DropDowns;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.trace.Traceability;

/** Writes a plan's alignments as an XLSX sheet a planner can review and edit in Excel or LibreOffice. */
public final class AlignmentSheetWriter {

    private final AlignmentCandidates candidates;

    public AlignmentSheetWriter(AlignmentCandidates candidates) {
        this.candidates = candidates;
    }

    /** Writes the sheet for every plan element of the model; returns the number of element rows. */
    public int write(PlanModel model, Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream stream = Files.newOutputStream(out)) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet rows = sheet(workbook, ROWS_SHEET, HEADERS_TH, HEADERS_EN, WIDTHS, styles);
            int last = writeRows(model, rows);
            rows.setColumnHidden(UUID, true);
            Sheet targets = sheet(workbook, TARGETS_SHEET, TARGET_HEADERS_TH, TARGET_HEADERS_EN, TARGET_WIDTHS, styles);
            int targetCount = writeTargets(targets);
            choices(rows, last, targetCount);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(stream);
            return last - HEADER_ROWS + 1;
        }
    }

    private int writeRows(PlanModel model, Sheet sheet) {
        int row = HEADER_ROWS;
        for (PlanElement element : elementsOf(model)) {
            List<Alignment> alignments = element.getAlignments();
            if (alignments.isEmpty()) {
                describe(sheet.createRow(row++), element);
            }
            for (Alignment alignment : alignments) {
                Row r = sheet.createRow(row++);
                describe(r, element);
                PlanElement target = alignment.getTarget();
                String key = target == null ? null : candidates.keyOf(target);
                text(r, TARGET, key != null ? key : target == null ? "" : target.getCode());
                r.createCell(TARGET_NAME)
                        .setCellFormula("IFERROR(VLOOKUP(F" + (r.getRowNum() + 1) + ",'" + TARGETS_SHEET
                                + "'!A:B,2,FALSE),\"\")");
                text(r, ALIGNMENT_KIND, alignment.isSetKind() ? AlignmentWords.word(alignment.getKind()) : "");
                text(r, RATIONALE, alignment.getRationale());
            }
        }
        return row - 1;
    }

    private void describe(Row row, PlanElement element) {
        text(row, UUID, element.getUuid());
        text(row, PLAN, Traceability.documentOf(element).getCode());
        text(row, KIND, AlignmentWords.kindOf(element));
        text(row, CODE, element.getCode());
        text(row, NAME, element.getName());
    }

    private int writeTargets(Sheet sheet) {
        int row = HEADER_ROWS;
        for (PlanElement element : candidates.all()) {
            Row r = sheet.createRow(row++);
            text(r, 0, candidates.keyOf(element));
            text(r, 1, element.getName());
            text(r, 2, Traceability.documentOf(element).getName());
            text(r, 3, AlignmentWords.kindOf(element));
        }
        return row - HEADER_ROWS;
    }

    /** Drop-down lists: targets from the second sheet, kinds in Thai; typing something else is still allowed. */
    private static void choices(Sheet sheet, int lastRow, int targetCount) {
        int rows = Math.max(lastRow, HEADER_ROWS) + 200;
        DropDowns.fromRange(
                sheet,
                TARGET,
                HEADER_ROWS,
                rows,
                DropDowns.range(TARGETS_SHEET, 0, HEADER_ROWS, HEADER_ROWS + Math.max(targetCount, 1) - 1));
        String[] words = AlignmentKind.VALUES.stream().map(AlignmentWords::word).toArray(String[]::new);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var kinds = helper.createValidation(
                helper.createExplicitListConstraint(words),
                new CellRangeAddressList(HEADER_ROWS, rows, ALIGNMENT_KIND, ALIGNMENT_KIND));
        kinds.setShowErrorBox(false);
        sheet.addValidationData(kinds);
    }

    private static Sheet sheet(
            XSSFWorkbook workbook, String name, String[] th, String[] en, int[] widths, SheetStyles styles) {
        List<HeaderRows.Heading> headings = new java.util.ArrayList<>();
        for (int c = 0; c < th.length; c++) {
            headings.add(new HeaderRows.Heading(th[c], en[c], widths[c]));
        }
        return HeaderRows.sheet(workbook, name, headings, styles);
    }

    private static Cell text(Row row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        return cell;
    }

    static List<PlanElement> elementsOf(PlanModel model) {
        return model.getPlans().stream()
                .flatMap(plan -> java.util.stream.Stream.concat(java.util.stream.Stream.of(plan), contents(plan)))
                .toList();
    }

    private static java.util.stream.Stream<PlanElement> contents(PlanElement plan) {
        List<PlanElement> all = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof PlanElement e) {
                all.add(e);
            }
        });
        return all.stream();
    }
}
