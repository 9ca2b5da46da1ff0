package org.phaen.instruments.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/** Renders instruments and reads them back with POI's own reader (XWPFDocument from the bytes). */
class DocxRendererTest {

    private static final RenderOptions OPTIONS = new RenderOptions(false, LocalDate.of(2019, 10, 1));

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
        try (XWPFDocument doc = renderAndRead(TestInstruments.everyItemKind(), OPTIONS)) {
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
            assertEquals(BigInteger.valueOf(32), label.getCTR().getRPr().getSzCsArray(0).getVal());
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
        try (XWPFDocument doc = renderAndRead(instrument, OPTIONS)) {
            List<String> texts = runTexts(doc);
            List<String> bookmarks = new ArrayList<>();
            paragraphs(doc).forEach(p -> p.getCTP().getBookmarkStartList().forEach(b -> bookmarks.add(b.getName())));
            for (InstrumentItem item : instrument.getItems()) {
                assertTrue(texts.contains(item.getName()), item.getName());
                assertTrue(texts.contains(item.getNameEn()), item.getNameEn());
                assertTrue(bookmarks.contains("ph_" + item.getUuid().replace("-", "")), item.getUuid());
            }
            assertEquals(instrument.getItems().size(), bookmarks.size());
            assertEquals(instrument.getUuid(), doc.getProperties().getCoreProperties().getIdentifier());
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
    void ratingTableHasTheFiveLevelsInOrder() throws IOException {
        try (XWPFDocument doc = renderAndRead(TestInstruments.everyItemKind(), OPTIONS)) {
            assertEquals(1, doc.getTables().size());
            XWPFTable table = doc.getTables().get(0);
            List<XWPFTableCell> header = table.getRow(0).getTableCells();
            assertEquals(7, header.size());
            String[] levels = { "มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด" };
            for (int i = 0; i < levels.length; i++) {
                assertEquals(levels[i], header.get(i + 2).getParagraphs().get(0).getRuns().get(0).text());
                assertTrue(header.get(i + 2).getText().contains("(" + (5 - i) + ")"));
            }
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(3, table.getNumberOfRows()); // header and the two rating items
            assertTrue(table.getRow(1).getCell(1).getText().contains("ผู้ใหญ่บ้านและชุมชนมีส่วนร่วมในกิจกรรม"));
            assertEquals("2.", table.getRow(1).getCell(0).getText()); // numbering runs on after item 1
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
        try (XWPFDocument doc = renderAndRead(instrument, OPTIONS)) {
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
