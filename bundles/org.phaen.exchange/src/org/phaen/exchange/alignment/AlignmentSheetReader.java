/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import static org.phaen.exchange.alignment.SheetLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.GuardedOpen;
import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.ArchiveRefusals;

/**
 * Reads an alignment sheet back against the plan it was written from. Rows name their element by the hidden UUID,
 * or, for a row a planner typed in, by plan and code. Every problem is collected with its row number; the caller
 * applies nothing unless there are none.
 */
public final class AlignmentSheetReader {

    private final AlignmentCandidates candidates;
    private final DataFormatter formatter = new DataFormatter();

    public AlignmentSheetReader(AlignmentCandidates candidates) {
        this.candidates = candidates;
    }

    /** What the sheet asks for, element by element (an element listed with no target is asked to have none). */
    public record Result(Map<PlanElement, List<SheetAlignment>> wanted, List<String> problems) {}

    /** The workbook, or one line saying why not (a zip bomb, a file that is no XLSX). */
    private static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return GuardedOpen.workbook(in);
        } catch (FileSystemException | NotOfficeXmlFileException | EmptyFileException e) {
            throw e; // a missing file, or one that is no workbook at all: said by the caller
        } catch (IOException | RuntimeException e) {
            throw new IOException(
                    ArchiveRefusals.describe(xlsx.getFileName().toString(), "an alignment sheet (XLSX)", e), e);
        }
    }

    public Result read(Path xlsx, PlanModel model) throws IOException {
        Map<String, PlanElement> byUuid = new HashMap<>();
        Map<String, PlanElement> byPlanAndCode = new HashMap<>();
        for (PlanElement element : AlignmentSheetWriter.elementsOf(model)) {
            byUuid.put(element.getUuid(), element);
            byPlanAndCode.put(planCode(element) + "\u0000" + element.getCode(), element);
        }
        Map<PlanElement, List<SheetAlignment>> wanted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook workbook = open(xlsx)) {
            Sheet sheet = workbook.getSheet(ROWS_SHEET);
            if (sheet == null) {
                problems.add(xlsx.getFileName() + ": no sheet named \"" + ROWS_SHEET
                        + "\"; is this an alignment sheet from Phaen?");
                return new Result(wanted, problems);
            }
            for (Row row : sheet) {
                if (row.getRowNum() < HEADER_ROWS || blank(row)) {
                    continue;
                }
                String where = "row " + (row.getRowNum() + 1);
                String uuid = cell(row, UUID);
                PlanElement element = !uuid.isEmpty()
                        ? byUuid.get(uuid)
                        : byPlanAndCode.get(cell(row, PLAN) + "\u0000" + cell(row, CODE));
                if (element == null) {
                    problems.add(where + ": no element "
                            + (uuid.isEmpty()
                                    ? "with plan " + cell(row, PLAN) + " and code " + cell(row, CODE)
                                    : "with UUID " + uuid)
                            + " in this plan");
                    continue;
                }
                List<SheetAlignment> list = wanted.computeIfAbsent(element, e -> new ArrayList<>());
                String key = cell(row, TARGET);
                if (key.isEmpty()) {
                    continue;
                }
                PlanElement target = candidates.find(key);
                if (target == null) {
                    problems.add(where + ": \"" + key + "\" is not in the list of elements to align to (sheet "
                            + TARGETS_SHEET + ")");
                    continue;
                }
                String kindText = cell(row, ALIGNMENT_KIND);
                AlignmentKind kind = kindText.isEmpty() ? null : AlignmentWords.kindNamed(kindText);
                if (!kindText.isEmpty() && kind == null) {
                    problems.add(where + ": \"" + kindText + "\" is not an alignment kind; choose one from the list");
                    continue;
                }
                String rationale = cell(row, RATIONALE);
                list.add(new SheetAlignment(element, target, kind, rationale.isEmpty() ? null : rationale));
            }
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            problems.add(xlsx.getFileName() + ": not an XLSX workbook (" + e.getMessage() + ")");
        }
        return new Result(wanted, problems);
    }

    private boolean blank(Row row) {
        for (int c = 0; c <= RATIONALE; c++) {
            if (c != TARGET_NAME && !cell(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private String cell(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static String planCode(PlanElement element) {
        return String.valueOf(
                org.phaen.model.trace.Traceability.documentOf(element).getCode());
    }
}
