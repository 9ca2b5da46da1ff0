/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PlanModel;

/**
 * The importer under a seeded mutation loop: truncated and bit-flipped files, cells of the wrong type, formulas
 * without results or ending in errors, rows copied and UUIDs mangled, a huge sheet and a zip bomb. Every workbook
 * must end in an accepted import or a clear refusal (problems by sheet and row, or one line), never in another
 * exception, and reading never changes the plan.
 */
class WorkbookFuzzTest {

    static final long SEED = 20191001L;

    @TempDir
    static Path dir;

    static PlanModel plan;
    static byte[] exported;

    @BeforeAll
    static void export() throws Exception {
        WorkbookFile.Exported sample = WorkbookFile.sample(dir);
        plan = sample.plan();
        exported = Files.readAllBytes(sample.xlsx());
    }

    /** Reads the bytes; an accepted import, problems naming their sheet, or an IOException in one line are all fine. */
    static String outcome(byte[] bytes, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            WorkbookImport result = new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(file, plan);
            result.problems()
                    .forEach(p -> assertTrue(p.startsWith("sheet "), name + ": a problem names its sheet: " + p));
            assertTrue(result.accepted() || result.edits().isEmpty(), name + ": no edit is asked beside a problem");
            return result.accepted() ? "accepted" : "problems";
        } catch (IOException e) {
            assertNotNull(e.getMessage(), name);
            assertFalse(
                    e.getMessage().isBlank() || e.getMessage().contains("\n"), name + ": one line: " + e.getMessage());
            return "refused";
        }
    }

    @Test
    void truncatedAndBitFlippedFilesAreRefusedInOneLine() throws Exception {
        PlanModel before = EcoreUtil.copy(plan);
        Random random = new Random(SEED);
        for (int i = 0; i < 25; i++) {
            byte[] cut = java.util.Arrays.copyOf(exported, random.nextInt(exported.length));
            outcome(cut, "cut" + i + ".xlsx");
            byte[] flipped = exported.clone();
            for (int f = 0; f < 1 + random.nextInt(20); f++) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            }
            outcome(flipped, "flipped" + i + ".xlsx");
        }
        assertTrue(EcoreUtil.equals(before, plan), "reading changed nothing");
    }

    @Test
    void cellsOfTheWrongKindAreProblemsByCell() throws Exception {
        PlanModel before = EcoreUtil.copy(plan);
        Random random = new Random(SEED + 1);
        int problems = 0;
        for (int i = 0; i < 40; i++) {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
            for (int m = 0; m < 1 + random.nextInt(6); m++) {
                mutate(workbook, random);
            }
            if (outcome(bytes(workbook), "mutated" + i + ".xlsx").equals("problems")) {
                problems++;
            }
        }
        assertTrue(problems > 20, "most mutations are problems, each said by its cell: " + problems);
        assertTrue(EcoreUtil.equals(before, plan), "reading changed nothing");
    }

    /** One edit a careless hand, a script or a broken tool could make. */
    private static void mutate(XSSFWorkbook workbook, Random random) {
        Sheet sheet = workbook.getSheetAt(random.nextInt(workbook.getNumberOfSheets() - 1));
        int last = Math.max(sheet.getLastRowNum(), 2);
        Row row = sheet.getRow(2 + random.nextInt(last - 1));
        if (row == null) {
            row = sheet.createRow(2 + random.nextInt(last - 1));
        }
        Cell cell = row.createCell(random.nextInt(30));
        switch (random.nextInt(9)) {
            case 0 -> cell.setCellValue(random.nextDouble() * 1e12 - 5e11);
            case 1 -> cell.setCellValue("ไม่ใช่ตัวเลข " + random.nextInt());
            case 2 -> cell.setCellValue(random.nextBoolean());
            case 3 -> cell.setCellFormula("1/0"); // never calculated: no saved result
            case 4 -> cell.setCellValue("31/2/2562");
            case 5 -> cell.setCellValue("๑,๒๓๔.๕,๖");
            case 6 -> row.createCell(0).setCellValue("not-a-uuid-" + random.nextInt(100));
            case 7 -> cell.setCellValue(new java.util.Date(random.nextLong() % 4_000_000_000_000L));
            default -> {
                Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
                row.forEach(c ->
                        copy.createCell(c.getColumnIndex()).setCellValue(c.toString())); // a row copied, UUID and all
            }
        }
    }

    @Test
    void aHugeSheetIsReadOrRefusedAndAZipBombIsRefused() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
        Sheet goals = workbook.getSheet("เป้าประสงค์");
        for (int r = 0; r < 30_000; r++) {
            Row row = goals.createRow(goals.getLastRowNum() + 1);
            row.createCell(4).setCellValue("G-" + r);
            row.createCell(5).setCellValue("เป้าประสงค์ " + r);
        }
        assertEquals("problems", outcome(bytes(workbook), "huge.xlsx"), "30,000 goals without a parent");
        assertEquals("refused", outcome(zipBomb(), "bomb.xlsx"));
    }

    /** A workbook-shaped zip whose sheet inflates a thousandfold. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream stream = out) {
            workbook.write(stream);
        }
        workbook.close();
        return out.toByteArray();
    }
}
