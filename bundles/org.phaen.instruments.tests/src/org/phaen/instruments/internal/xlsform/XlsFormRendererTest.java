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
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.instruments.xform.XFormRenderer;
import org.phaen.model.EvaluationInstrument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XLSForm for every item kind, read back with POI and compared with the XForm the XForm renderer writes for
 * the same instrument. pyxform, the reference XLSForm compiler, is a Python package and PyPI is not reachable
 * here, so the XForm renderer (itself checked with JavaRosa) is the reference.
 */
class XlsFormRendererTest {

    private static final String XFORMS = "http://www.w3.org/2002/xforms";

    private EvaluationInstrument instrument;
    private XSSFWorkbook workbook;

    @BeforeEach
    void render() throws IOException {
        instrument = TestInstruments.everyItemKind();
        workbook = new XSSFWorkbook(new ByteArrayInputStream(render(new XlsFormRenderer(), false)));
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    private byte[] render(org.phaen.instruments.InstrumentRenderer renderer, boolean thai) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(instrument, new RenderOptions(thai, LocalDate.of(2019, 5, 1)), out);
        return out.toByteArray();
    }

    @Test
    void registeredAsXlsformWithXlsxExtension() {
        assertInstanceOf(XlsFormRenderer.class, Renderers.available().get("xlsform"));
        assertEquals("xlsform.xlsx", new XlsFormRenderer().fileExtension());
    }

    @Test
    void threeSheetsWithExactHeaders() {
        assertEquals(
                List.of("survey", "choices", "settings"),
                List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
        assertEquals(
                List.of(
                        "type",
                        "name",
                        "label::Thai (th)",
                        "label::English (en)",
                        "hint::Thai (th)",
                        "hint::English (en)",
                        "required",
                        "bind::phaen:uuid",
                        "constraint",
                        "constraint_message::Thai (th)",
                        "constraint_message::English (en)"),
                row("survey", 0));
        assertEquals(List.of("list_name", "name", "label::Thai (th)", "label::English (en)"), row("choices", 0));
        assertEquals(List.of("form_title", "form_id", "version", "default_language", "namespaces"), row("settings", 0));
    }

    @Test
    void surveyRowPerItemPlusGroupRows() {
        XSSFSheet survey = workbook.getSheet("survey");
        assertEquals(1 + instrument.getItems().size() + 4, survey.getPhysicalNumberOfRows());
        assertEquals(List.of("begin_group", "section_1", "ส่วนที่ 1", "ส่วนที่ 1"), row("survey", 1));
        assertEquals(
                List.of(
                        "note",
                        "Q1",
                        "ส่วนที่ 1 ข้อมูลทั่วไป",
                        "Part 1 General information",
                        "",
                        "",
                        "",
                        "0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c1000"),
                row("survey", 2));
        assertEquals(List.of("end_group", "section_1"), row("survey", 3));
        assertEquals(List.of("begin_group", "section_2", "ส่วนที่ 2", "ส่วนที่ 2"), row("survey", 4));
        List<String> types = new ArrayList<>();
        for (int r = 5; r < 14; r++) {
            types.add(row("survey", r).get(0));
        }
        assertEquals(
                List.of(
                        "select_one choices_1",
                        "select_one choices_1",
                        "select_one choices_1",
                        "integer",
                        "decimal",
                        "select_one choices_2",
                        "date",
                        "text",
                        "select_multiple choices_1"),
                types);
        assertEquals(List.of("end_group", "section_2"), row("survey", 14));
        assertEquals("yes", row("survey", 6).get(6));
        assertEquals("yes", row("survey", 7).get(6));
        assertEquals("", row("survey", 5).get(6));
        List<String> decimal = row("survey", 9);
        assertEquals(List.of("ค่าเป้าหมาย ร้อยละ 85", "ค่าเป้าหมาย ร้อยละ 85"), decimal.subList(4, 6));
    }

    @Test
    void choicesOnceEachInOrderWithBothLabels() {
        XSSFSheet choices = workbook.getSheet("choices");
        assertEquals(1 + 5 + 2, choices.getPhysicalNumberOfRows());
        assertEquals(List.of("choices_1", "5", "มากที่สุด", "Very satisfied"), row("choices", 1));
        assertEquals(List.of("choices_1", "1", "น้อยที่สุด", "Very dissatisfied"), row("choices", 5));
        assertEquals(List.of("choices_2", "yes", "ใช่", "Yes"), row("choices", 6));
        assertEquals(List.of("choices_2", "no", "ไม่ใช่", "No"), row("choices", 7));
    }

    /** The same range as the XForm: a percent 0-100, a count 0 or more, with the message in both languages. */
    @Test
    void numbersCarryTheirRange() {
        XSSFSheet survey = workbook.getSheet("survey");
        List<String> percent = null, count = null;
        for (int r = 1; r <= survey.getLastRowNum(); r++) {
            List<String> row = row("survey", r);
            percent = row.get(1).equals("Q6") ? row : percent;
            count = row.get(1).equals("Q5") ? row : count;
        }
        assertEquals(
                List.of(". >= 0 and . <= 100", "กรอกตัวเลขตั้งแต่ 0 ถึง 100", "Enter a number from 0 to 100"),
                percent.subList(8, 11));
        assertEquals(
                List.of(". >= 0", "กรอกตัวเลขตั้งแต่ 0 ขึ้นไป", "Enter a number of 0 or more"), count.subList(8, 11));
    }

    @Test
    void sameFormAsTheXForm() throws Exception {
        Document xform = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(render(new XFormRenderer(), true)));
        Element data = (Element) xform.getElementsByTagNameNS(XFORMS, "data").item(0);
        String title = xform.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "title")
                .item(0)
                .getTextContent();
        try (XSSFWorkbook thai = new XSSFWorkbook(new ByteArrayInputStream(render(new XlsFormRenderer(), true)))) {
            List<String> settings = row(thai, "settings", 1);
            assertEquals(title, settings.get(0));
            assertEquals(data.getAttribute("id"), settings.get(1));
            assertEquals(data.getAttribute("version"), settings.get(2));
            assertEquals("Thai (th)", settings.get(3));
            assertEquals("SAT-2562-PLK62-01", settings.get(1));
            assertEquals("3", settings.get(2));
            // Node names: the XForm's binds, in order, are the survey's names (groups included, meta aside).
            List<String> binds = new ArrayList<>();
            NodeList nodes = xform.getElementsByTagNameNS(XFORMS, "bind");
            for (int i = 0; i < nodes.getLength(); i++) {
                String path = ((Element) nodes.item(i)).getAttribute("nodeset");
                if (!path.contains("meta")) {
                    binds.add(path.substring(path.lastIndexOf('/') + 1));
                }
            }
            List<String> names = new ArrayList<>();
            XSSFSheet survey = thai.getSheet("survey");
            for (int r = 1; r <= survey.getLastRowNum(); r++) {
                List<String> row = row(thai, "survey", r);
                if (!row.get(0).contains("group")) {
                    names.add(row.get(1));
                }
            }
            assertEquals(binds, names);
            // Choice values: the XForm's select items, in order, per distinct list.
            List<String> values = new ArrayList<>();
            NodeList items = xform.getElementsByTagNameNS(XFORMS, "value");
            for (int i = 0; i < items.getLength(); i++) {
                if (items.item(i).getParentNode().getLocalName().equals("item")) {
                    values.add(items.item(i).getTextContent());
                }
            }
            for (int r = 1; r <= thai.getSheet("choices").getLastRowNum(); r++) {
                assertTrue(values.contains(row(thai, "choices", r).get(1)));
            }
            assertEquals(List.of("5", "4", "3", "2", "1"), values.subList(0, 5));
            // Thai digits only in Thai texts, as in the XForm's Thai translation.
            assertEquals("ค่าเป้าหมาย ร้อยละ ๘๕", row(thai, "survey", 9).get(4));
            assertEquals("ค่าเป้าหมาย ร้อยละ 85", row(thai, "survey", 9).get(5));
        }
    }

    private List<String> row(String sheet, int index) {
        return row(workbook, sheet, index);
    }

    /** The row's texts up to its last cell, blanks as {@code ""}. */
    private static List<String> row(XSSFWorkbook workbook, String sheet, int index) {
        Row row = workbook.getSheet(sheet).getRow(index);
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : cell.getStringCellValue());
        }
        return values;
    }
}
