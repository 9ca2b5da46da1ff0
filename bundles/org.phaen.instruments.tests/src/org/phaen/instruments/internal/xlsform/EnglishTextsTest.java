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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xform.XFormRenderer;
import org.phaen.instruments.xlsx.XlsxGeneratedInstrumentsTestAccess;
import org.phaen.model.EvaluationInstrument;

/**
 * The English side of every instrument generated from the samples carries no Thai: group labels, labels, hints,
 * choices and constraint messages of the XLSForm's English columns and of the XForm's English translation.
 */
class EnglishTextsTest {

    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern ENGLISH_TRANSLATION =
            Pattern.compile("<translation lang=\"English \\(en\\)\">(.*?)</translation>", Pattern.DOTALL);

    @Test
    void xlsFormEnglishColumnsHaveNoThai() throws Exception {
        List<String> thaiInEnglish = new ArrayList<>();
        int englishCells = 0;
        for (EvaluationInstrument instrument : XlsxGeneratedInstrumentsTestAccess.generated()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsFormRenderer().render(instrument, new RenderOptions(false, LocalDate.of(2019, 5, 1)), out);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                for (String name : List.of("survey", "choices")) {
                    Sheet sheet = workbook.getSheet(name);
                    Row header = sheet.getRow(0);
                    for (Cell title : header) {
                        if (!title.getStringCellValue().contains("English")) {
                            continue;
                        }
                        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                            String text = new DataFormatter()
                                    .formatCellValue(sheet.getRow(r).getCell(title.getColumnIndex()));
                            englishCells += text.isEmpty() ? 0 : 1;
                            if (THAI.matcher(text).find()) {
                                thaiInEnglish.add(instrument.getCode() + " " + name + "!" + title.getStringCellValue()
                                        + " row " + (r + 1) + ": " + text);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(englishCells > 500, "the English columns were read: " + englishCells);
        assertEquals(List.of(), thaiInEnglish);
    }

    @Test
    void xFormEnglishTranslationHasNoThai() throws Exception {
        for (EvaluationInstrument instrument : XlsxGeneratedInstrumentsTestAccess.generated()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XFormRenderer().render(instrument, new RenderOptions(false, LocalDate.of(2019, 5, 1)), out);
            Matcher english = ENGLISH_TRANSLATION.matcher(out.toString(StandardCharsets.UTF_8));
            assertTrue(english.find(), instrument.getCode() + " has an English translation");
            String texts = english.group(1);
            assertTrue(texts.contains("<value>"), instrument.getCode());
            Matcher thai = Pattern.compile("<value>[^<]*[\\u0E00-\\u0E7F][^<]*</value>")
                    .matcher(texts);
            assertFalse(thai.find(), () -> instrument.getCode() + " English translation carries Thai: " + thai.group());
        }
    }
}
