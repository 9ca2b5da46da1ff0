/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/** Renders instruments and reads them back with POI's own reader (XWPFDocument from the bytes). */
class DocxRendererTest {

    private static final RenderOptions OPTIONS = new RenderOptions(false, LocalDate.of(2019, 10, 1));
    private static final RenderOptions BILINGUAL = new RenderOptions(false, LocalDate.of(2019, 10, 1), true);

    static XWPFDocument renderAndRead(EvaluationInstrument instrument, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(instrument, options, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Every paragraph's text, body and table cells, in document order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable table : doc.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> all.addAll(cell.getParagraphs())));
        }
        return all;
    }

    static List<String> runTexts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        paragraphs(doc).forEach(p -> p.getRuns().forEach(r -> texts.add(text(r))));
        return texts;
    }

    /** A run's text without the line break that starts the English label and hint lines. */
    static String text(XWPFRun r) {
        String text = r.text();
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    @Test
    void registeredAsService() {
        assertTrue(Renderers.available().get("docx") instanceof DocxRenderer);
        assertEquals("docx", new DocxRenderer().fileExtension());
    }

    @Test
    void a4PageWithThaiGovernmentMargins() throws IOException {
        try (XWPFDocument doc = renderAndRead(TestInstruments.everyItemKind(), OPTIONS)) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
            CTPageMar mar = sect.getPgMar();
            assertEquals(BigInteger.valueOf(1701), mar.getLeft()); // 3 cm
            assertEquals(BigInteger.valueOf(1134), mar.getRight()); // 2 cm
            assertEquals(BigInteger.valueOf(1417), mar.getTop()); // 2.5 cm
            assertEquals(BigInteger.valueOf(1134), mar.getBottom()); // 2 cm
        }
    }

    @Test
    void thaiRunsUseSarabunOnEveryFontSlotAndComplexScriptSize() throws IOException {
        try (XWPFDocument doc = renderAndRead(TestInstruments.everyItemKind(), BILINGUAL)) {
            int checked = 0;
            for (XWPFParagraph p : paragraphs(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    String text = r.text();
                    if (text.isEmpty() || text.chars().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
                        continue;
                    }
                    CTRPr rpr = r.getCTR().getRPr();
                    CTFonts fonts = rpr.getRFontsArray(0);
                    assertEquals("TH Sarabun New", fonts.getAscii(), text);
                    assertEquals("TH Sarabun New", fonts.getHAnsi(), text);
                    assertEquals("TH Sarabun New", fonts.getCs(), text);
                    assertEquals("TH Sarabun New", fonts.getEastAsia(), text);
                    assertEquals(rpr.getSzArray(0).getVal(), rpr.getSzCsArray(0).getVal(), text);
                    assertEquals("th-TH", rpr.getLangArray(0).getBidi(), text);
                    checked++;
                }
            }
            assertTrue(checked > 20, "Thai runs checked: " + checked);
            // The body text size: the first item's Thai label is 16 pt = 32 half-points in w:szCs.
            XWPFRun label = findRun(doc, "ท่านเป็นผู้ใด");
            assertEquals(
                    BigInteger.valueOf(32),
                    label.getCTR().getRPr().getSzCsArray(0).getVal());
            assertEquals(16.0, label.getComplexScriptFontSizeAsDouble());
            XWPFRun title = findRun(doc, TestInstruments.everyItemKind().getName());
            assertTrue(title.isBold());
            assertTrue(title.getFontSizeAsDouble() >= 18 && title.getFontSizeAsDouble() <= 20);
            XWPFParagraph titleParagraph = (XWPFParagraph) title.getParent();
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, titleParagraph.getAlignment());
            assertTrue(findRun(doc, TestInstruments.everyItemKind().getNameEn()).getFontSizeAsDouble() < 16);
        }
    }

    @Test
    void everyLabelPresentExactlyAndBookmarkedByUuid() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        try (XWPFDocument doc = renderAndRead(instrument, BILINGUAL)) {
            List<String> texts = runTexts(doc);
            List<String> bookmarks = new ArrayList<>();
            paragraphs(doc).forEach(p -> p.getCTP().getBookmarkStartList().forEach(b -> bookmarks.add(b.getName())));
            for (InstrumentItem item : instrument.getItems()) {
                assertTrue(texts.contains(item.getName()), item.getName());
                assertTrue(texts.contains(item.getNameEn()), item.getNameEn());
                assertTrue(bookmarks.contains("ph_" + item.getUuid().replace("-", "")), item.getUuid());
            }
            assertEquals(instrument.getItems().size(), bookmarks.size());
            assertEquals(
                    instrument.getUuid(),
                    doc.getProperties().getCoreProperties().getIdentifier());
            String all = String.join("\n", texts);
            assertTrue(all.contains("ปีงบประมาณ พ.ศ. 2562"), all);
            assertTrue(all.contains("ฉบับที่ 3 ออก ณ วันที่ 1 ตุลาคม 2562"), all);
            assertTrue(all.contains("วันที่ ..... เดือน .......... พ.ศ. ......"), all);
            assertTrue(all.contains("☐ ใช่ (Yes)"), all);
            assertTrue(all.contains("☐ มากที่สุด (Very satisfied)"), all); // SELECT_ONE on the 5-point scale
            assertTrue(all.contains("ค่าเป้าหมาย ร้อยละ 85"), all);
            XWPFRun hint = findRun(doc, "ค่าเป้าหมาย ร้อยละ 85");
            assertTrue(hint.getFontSizeAsDouble() < 16);
        }
    }

    @Test
    void thaiOnlyByDefault() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        try (XWPFDocument doc = renderAndRead(instrument, OPTIONS)) {
            String all = String.join("\n", runTexts(doc));
            for (InstrumentItem item : instrument.getItems()) {
                assertTrue(all.contains(item.getName()), item.getName());
                assertFalse(all.contains(item.getNameEn()), item.getNameEn());
            }
            assertTrue(all.contains("☐ มากที่สุด"), all);
            assertFalse(all.contains("Very satisfied"), all);
        }
    }

    /**
     * The five levels' labels do not fit a 1 cm column whole (ปานกลาง is one word), so their values head the
     * columns and a key above the table names them; the item text gets most of the width.
     */
    @Test
    void ratingTableKeyedLevelsAndAWideItemColumn() throws IOException {
        try (XWPFDocument doc = renderAndRead(TestInstruments.everyItemKind(), OPTIONS)) {
            assertEquals(1, doc.getTables().size());
            XWPFTable table = doc.getTables().get(0);
            List<XWPFTableCell> header = table.getRow(0).getTableCells();
            assertEquals(7, header.size());
            for (int i = 0; i < 5; i++) {
                assertEquals(String.valueOf(5 - i), header.get(i + 2).getText());
            }
            String key = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> t.contains("ปานกลาง") && t.contains("="))
                    .findFirst()
                    .orElseThrow();
            assertTrue(key.contains("3\u00A0=\u00A0ปานกลาง") && key.contains("5\u00A0=\u00A0มากที่สุด"), key);
            var grid = table.getCTTbl().getTblGrid().getGridColList();
            assertEquals(7, grid.size());
            long total = grid.stream()
                    .mapToLong(g -> ((BigInteger) g.getW()).longValue())
                    .sum();
            assertEquals(ThaiRuns.TEXT_WIDTH, total);
            assertTrue(
                    ((BigInteger) grid.get(1).getW()).longValue() > 0.6 * total,
                    "item column " + grid.get(1).getW());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(3, table.getNumberOfRows()); // header and the two rating items
            table.getRows().forEach(row -> assertTrue(row.isCantSplitRow()));
            assertTrue(table.getRow(1).getCell(1).getText().contains("ผู้ใหญ่บ้านและชุมชนมีส่วนร่วมในกิจกรรม"));
            assertEquals("2.", table.getRow(1).getCell(0).getText()); // numbering runs on after item 1
        }
    }

    /** Text typed later keeps the government look (Normal is TH Sarabun New 16 pt); every page shows the code and n/N. */
    @Test
    void stylesPartAndPageFooter() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        try (XWPFDocument doc = renderAndRead(instrument, new RenderOptions(true, LocalDate.of(2019, 10, 1)))) {
            var normal = doc.getStyles().getStyle("Normal");
            assertEquals(
                    "TH Sarabun New",
                    normal.getCTStyle().getRPr().getRFontsArray(0).getCs());
            assertEquals(
                    BigInteger.valueOf(32),
                    normal.getCTStyle().getRPr().getSzCsArray(0).getVal());
            for (String id : List.of("Title", "Heading1", "Heading2", "Heading3", "TableText", "Caption")) {
                assertNotNull(doc.getStyles().getStyle(id), id);
            }
            assertEquals(1, doc.getFooterList().size());
            var footer = doc.getFooterList().get(0).getParagraphs().get(0);
            assertTrue(footer.getText().startsWith(instrument.getCode() + "  หน้า "), footer.getText());
            var fields = footer.getCTP().getFldSimpleList();
            assertEquals(
                    List.of("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"),
                    fields.stream().map(f -> f.getInstr()).toList());
        }
    }

    @Test
    void thaiNumeralsOnlyForNumbersTheFormAdds() throws IOException {
        EvaluationInstrument untitledYear = TestInstruments.everyItemKind();
        untitledYear.setName("แบบสอบถามความพึงพอใจ");
        try (XWPFDocument doc = renderAndRead(untitledYear, new RenderOptions(true, LocalDate.of(2019, 10, 1)))) {
            String all = String.join("\n", runTexts(doc));
            assertTrue(all.contains("ปีงบประมาณ พ.ศ. ๒๕๖๒"), all);
            assertTrue(all.contains("ฉบับที่ ๓"), all);
            assertTrue(all.contains("ค่าเป้าหมาย ร้อยละ 85"), "user text stays as typed");
            assertTrue(all.contains("๑.\t"), all);
        }
    }

    @Test
    void hostileTextSurvivesAsText() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        String hostile = "<script>alert(\"x\")</script> & 'q' </w:t><w:p>";
        instrument.setName(hostile);
        instrument.getItems().get(1).setName(hostile);
        instrument.getItems().get(2).setNameEn("bell\u0007 nul\u0000 esc\u001b end");
        instrument.getItems().get(3).setHint("lone \uD800 surrogate");
        try (XWPFDocument doc = renderAndRead(instrument, BILINGUAL)) {
            List<String> texts = runTexts(doc);
            assertTrue(texts.contains(hostile), texts.toString());
            assertTrue(texts.contains("bell\uFFFD nul\uFFFD esc\uFFFD end"), texts.toString());
            assertTrue(texts.contains("lone \uFFFD surrogate"), texts.toString());
            assertNotNull(doc.getTables().get(0));
        }
    }

    private static XWPFRun findRun(XWPFDocument doc, String text) {
        for (XWPFParagraph p : paragraphs(doc)) {
            for (XWPFRun r : p.getRuns()) {
                if (text.equals(text(r))) {
                    return r;
                }
            }
        }
        throw new AssertionError("no run with text " + text);
    }
}
