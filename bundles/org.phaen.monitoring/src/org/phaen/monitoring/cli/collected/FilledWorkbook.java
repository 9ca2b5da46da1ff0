/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli.collected;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xform.Choice;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.instruments.xlsx.XlsxRenderer;
import org.phaen.model.EvaluationInstrument;

/**
 * A data-entry workbook as an agency sends it back: the generated workbook, typed into below its headers, one row
 * per submission, choices picked by their Thai label from the drop-downs, figures typed as numbers.
 */
final class FilledWorkbook {

    /** The entry sheet and first data row of {@link XlsxRenderer}'s layout. */
    static final String ENTRY_SHEET = "บันทึกข้อมูล";

    private static final int FIRST_ROW = 3;

    private FilledWorkbook() {}

    /** @param rows answers by item uuid, as stored values */
    static void write(EvaluationInstrument instrument, List<Map<String, String>> rows, Path file) throws IOException {
        Map<String, List<Choice>> choices = new HashMap<>();
        FormOutline.of(instrument)
                .blocks()
                .forEach(b -> b.questions().forEach(q -> choices.put(q.item().getUuid(), q.choices())));
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(instrument, new RenderOptions(false, null), out);
        }
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(ENTRY_SHEET);
            Row ids = sheet.getRow(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(FIRST_ROW + r) != null
                        ? sheet.getRow(FIRST_ROW + r)
                        : sheet.createRow(FIRST_ROW + r);
                for (int c = 1; c < ids.getLastCellNum(); c++) {
                    String uuid = ids.getCell(c).getStringCellValue();
                    String answer = rows.get(r).get(uuid);
                    if (answer != null) {
                        type(
                                row.getCell(c) != null ? row.getCell(c) : row.createCell(c),
                                answer,
                                choices.getOrDefault(uuid, List.of()));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void type(Cell cell, String answer, List<Choice> choices) {
        for (Choice choice : choices) {
            if (choice.value().equals(answer)) {
                cell.setCellValue(choice.labelTh());
                return;
            }
        }
        if (choices.isEmpty() && answer.matches("-?\\d+(\\.\\d+)?")) {
            cell.setCellValue(new BigDecimal(answer).doubleValue());
        } else {
            cell.setCellValue(answer);
        }
    }
}
