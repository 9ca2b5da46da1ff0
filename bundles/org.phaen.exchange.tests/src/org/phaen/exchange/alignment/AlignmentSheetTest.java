/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

class AlignmentSheetTest {

    @TempDir
    Path dir;

    PlanModel plan;
    AlignmentCandidates candidates;
    Path sheet;

    @BeforeEach
    void writeSheet() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        plan = SamplePlans.province(set);
        candidates = new AlignmentCandidates(plan);
        sheet = dir.resolve("alignment.xlsx");
        int rows = new AlignmentSheetWriter(candidates).write(plan, sheet);
        assertTrue(rows >= AlignmentSheetWriter.elementsOf(plan).size(), "every element has at least one row: " + rows);
    }

    @Test
    void anUnchangedSheetChangesNothing() throws Exception {
        AlignmentSheetReader.Result result = new AlignmentSheetReader(candidates).read(sheet, plan);
        assertEquals(List.of(), result.problems());
        assertEquals(
                AlignmentSheetWriter.elementsOf(plan).size(), result.wanted().size());
        assertFalse(AlignmentChanges.apply(result.wanted()).any());
    }

    @Test
    void editsInTheSheetBecomeAlignments() throws Exception {
        PlanElement unaligned = AlignmentSheetWriter.elementsOf(plan).stream()
                .filter(e -> e.getAlignments().isEmpty() && e.getCode() != null)
                .findFirst()
                .orElseThrow();
        PlanElement regionalGoal = candidates.all().stream()
                .filter(e -> e.eClass().getName().equals("Goal") && e.eResource() != plan.eResource())
                .findFirst()
                .orElseThrow();
        edit(rows -> {
            Row row = find(rows, unaligned.getUuid());
            row.createCell(SheetLayout.TARGET).setCellValue(candidates.keyOf(regionalGoal));
            row.createCell(SheetLayout.ALIGNMENT_KIND).setCellValue("มีส่วนให้บรรลุ");
            row.createCell(SheetLayout.RATIONALE).setCellValue("เพิ่มจากตาราง");
            // A row typed by hand: plan and code instead of the hidden UUID, English kind.
            Row typed = rows.createRow(rows.getLastRowNum() + 1);
            typed.createCell(SheetLayout.PLAN)
                    .setCellValue(row.getCell(SheetLayout.PLAN).getStringCellValue());
            typed.createCell(SheetLayout.CODE).setCellValue(unaligned.getCode());
            typed.createCell(SheetLayout.TARGET)
                    .setCellValue(
                            candidates.keyOf(regionalGoal.eContainer() instanceof PlanElement p ? p : regionalGoal));
            typed.createCell(SheetLayout.ALIGNMENT_KIND).setCellValue("supports");
        });
        AlignmentSheetReader.Result result = new AlignmentSheetReader(candidates).read(sheet, plan);
        assertEquals(List.of(), result.problems());
        assertEquals(new AlignmentChanges.Counts(2, 0, 0), AlignmentChanges.count(result.wanted()));
        assertTrue(unaligned.getAlignments().isEmpty(), "counting changes nothing");
        AlignmentChanges.Counts counts = AlignmentChanges.apply(result.wanted());
        assertEquals(new AlignmentChanges.Counts(2, 0, 0), counts);
        List<Alignment> made = unaligned.getAlignments();
        assertEquals(2, made.size());
        assertSame(regionalGoal, made.get(0).getTarget());
        assertEquals(AlignmentKind.CONTRIBUTES_TO, made.get(0).getKind());
        assertEquals("เพิ่มจากตาราง", made.get(0).getRationale());
        assertEquals(AlignmentKind.SUPPORTS, made.get(1).getKind());
        assertNotNull(made.get(1).getUuid());
    }

    @Test
    void clearingATargetRemovesTheAlignmentAndKeepsTheOthers() throws Exception {
        PlanElement aligned = AlignmentSheetWriter.elementsOf(plan).stream()
                .filter(e -> e.getAlignments().size() == 1)
                .findFirst()
                .orElseThrow();
        int before = AlignmentSheetWriter.elementsOf(plan).stream()
                .mapToInt(e -> e.getAlignments().size())
                .sum();
        edit(rows -> find(rows, aligned.getUuid()).getCell(SheetLayout.TARGET).setCellValue(""));
        AlignmentChanges.Counts counts = AlignmentChanges.apply(
                new AlignmentSheetReader(candidates).read(sheet, plan).wanted());
        assertEquals(new AlignmentChanges.Counts(0, 1, 0), counts);
        assertTrue(aligned.getAlignments().isEmpty());
        assertEquals(
                before - 1,
                AlignmentSheetWriter.elementsOf(plan).stream()
                        .mapToInt(e -> e.getAlignments().size())
                        .sum());
    }

    @Test
    void unknownTargetsAndKindsAreReportedByRow() throws Exception {
        edit(rows -> {
            rows.getRow(2).createCell(SheetLayout.TARGET).setCellValue("NO-SUCH-CODE");
            rows.getRow(3)
                    .createCell(SheetLayout.TARGET)
                    .setCellValue(candidates.keyOf(candidates.all().get(0)));
            rows.getRow(3).createCell(SheetLayout.ALIGNMENT_KIND).setCellValue("เกี่ยวข้อง");
        });
        List<String> problems =
                new AlignmentSheetReader(candidates).read(sheet, plan).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("row 3: \"NO-SUCH-CODE\""), problems.get(0));
        assertTrue(problems.get(1).startsWith("row 4: \"เกี่ยวข้อง\" is not an alignment kind"), problems.get(1));
    }

    @Test
    void aWorkbookOfAnotherKindIsNamedAsSuch() throws Exception {
        Path other = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        List<String> problems =
                new AlignmentSheetReader(candidates).read(other, plan).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("is this an alignment sheet"), problems.get(0));
        Files.writeString(dir.resolve("text.xlsx"), "not a workbook");
        assertTrue(new AlignmentSheetReader(candidates)
                .read(dir.resolve("text.xlsx"), plan)
                .problems()
                .get(0)
                .contains("not an XLSX"));
    }

    @Test
    void aSecondCopyOfTheRegionalPlanCountsOnceAndTheLinkedCopyIsKept() throws Exception {
        Path copy = Files.copy(SamplePlans.file("region17-2562.phaen"), dir.resolve("region17-copy.phaen"));
        PlanFiles.load(plan.eResource().getResourceSet(), copy);
        AlignmentCandidates withCopy = new AlignmentCandidates(plan);
        assertEquals(candidates.all().size(), withCopy.all().size());
        PlanElement issue = withCopy.find("R17-I1");
        assertNotNull(issue, "codes stay plain when the only other holder is a copy");
        assertEquals("region17-2562.phaen", issue.eResource().getURI().lastSegment(), "the copy the plan links to");
    }

    private interface SheetEdit {
        void edit(Sheet rows);
    }

    private void edit(SheetEdit edit) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(sheet)) {
            workbook = new XSSFWorkbook(in);
        }
        edit.edit(workbook.getSheet(SheetLayout.ROWS_SHEET));
        try (OutputStream out = Files.newOutputStream(sheet)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static Row find(Sheet rows, String uuid) {
        for (Row row : rows) {
            var cell = row.getCell(SheetLayout.UUID);
            if (cell != null && uuid.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + uuid);
    }
}
