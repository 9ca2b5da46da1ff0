/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.xlsform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xlsx.XlsxGeneratedInstrumentsTestAccess;
import org.phaen.model.EvaluationInstrument;

/** XLSForms for every generated instrument: a row per item, balanced groups, every list used is defined. */
class XlsFormGeneratedInstrumentsTest {

    @Test
    void everyGeneratedInstrumentIsAConsistentXlsForm() throws Exception {
        for (EvaluationInstrument instrument : XlsxGeneratedInstrumentsTestAccess.generated()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsFormRenderer().render(instrument, new RenderOptions(false, LocalDate.of(2019, 5, 1)), out);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                Set<String> defined = new HashSet<>();
                for (Row row : workbook.getSheet("choices")) {
                    defined.add(row.getCell(0).getStringCellValue());
                }
                XSSFSheet survey = workbook.getSheet("survey");
                int items = 0, depth = 0;
                for (int r = 1; r <= survey.getLastRowNum(); r++) {
                    String type = survey.getRow(r).getCell(0).getStringCellValue();
                    if (type.equals("begin_group")) {
                        depth++;
                    } else if (type.equals("end_group")) {
                        depth--;
                    } else {
                        items++;
                        if (type.startsWith("select_")) {
                            assertTrue(defined.contains(type.substring(type.indexOf(' ') + 1)), type);
                        }
                    }
                    assertTrue(depth >= 0 && depth <= 1, instrument.getCode());
                }
                assertEquals(0, depth);
                assertEquals(instrument.getItems().size(), items, instrument.getCode());
                assertEquals(
                        Integer.toString(instrument.getVersion()),
                        workbook.getSheet("settings").getRow(1).getCell(2).getStringCellValue());
            }
        }
    }
}
