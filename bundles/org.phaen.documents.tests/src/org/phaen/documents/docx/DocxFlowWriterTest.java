/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.SampleFlow;

/** A document of every block kind written as DOCX and read back with POI, part by part. */
class DocxFlowWriterTest {

    private static byte[] bytes(FlowDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFlowWriter.write(document, out);
        return out.toByteArray();
    }

    /** Writes the sample where a person (or LibreOffice) can open it: target/flow-sample.docx. */
    @Test
    void sampleOnDisk() throws IOException {
        java.nio.file.Path file = java.nio.file.Path.of("target", "flow-sample.docx");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, bytes(SampleFlow.document("๘๕")));
        try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            assertEquals(2, doc.getTables().size());
        }
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void theContentsShowTheGivenPagesAsTheFieldsResults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFlowWriter.write(SampleFlow.document("๘๕"), List.of(2, 3, 7), out);
        try (XWPFDocument doc = read(out.toByteArray())) {
            List<String> entries = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d"))
                    .map(p -> p.getText())
                    .toList();
            assertEquals(3, entries.size());
            assertTrue(entries.get(0).endsWith("\t2"), entries.get(0));
            assertTrue(entries.get(1).endsWith("\t3"), entries.get(1));
            assertTrue(entries.get(2).endsWith("\t7"), entries.get(2));
            String xml = doc.getDocument().xmlText();
            assertTrue(
                    xml.matches("(?s).*PAGEREF [^<]*</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
                            + "</w:r><w:r><w:t[^>]*>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>.*"),
                    "the page is the PAGEREF field's result, between separate and end");
        }
    }

    @Test
    void headingsInNamedStylesWithBookmarksAndAContentsField() throws IOException {
        try (XWPFDocument doc = read(bytes(SampleFlow.document("๘๕")))) {
            XWPFParagraph issue = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("ประเด็นยุทธศาสตร์ที่ ๑") && "Heading2".equals(p.getStyle()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "ประเด็นยุทธศาสตร์ที่ ๑ การจัดการศึกษาเพื่อความมั่นคง",
                    issue.getText(),
                    "the number is the list's");
            assertEquals("%1.%2", issue.getNumLevelText());
            assertEquals("thaiNumbers", issue.getNumFmt());
            XWPFParagraph third = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("แผนปฏิบัติการ") && "Heading1".equals(p.getStyle()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "ส่วนที่ ๓ แผนปฏิบัติการ",
                    third.getText(),
                    "a part the flow numbers ๓ after ๑ keeps its number as text: the list would say ๒");
            assertEquals(BigInteger.ZERO, third.getNumID());
            assertEquals(
                    DocxText.bookmark(SampleFlow.ISSUE_UUID),
                    issue.getCTP().getBookmarkStartArray(0).getName());
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o \"1-3\" \\h \\z \\u"), "TOC field");
            List<XWPFParagraph> entries = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null
                            && p.getStyle().startsWith("TOC")
                            && !"TOCHeading".equals(p.getStyle()))
                    .toList();
            assertEquals(
                    List.of(
                            "ส่วนที่ ๑ บริบทและการวิเคราะห์",
                            "๑.๑ ประเด็นยุทธศาสตร์ที่ ๑ การจัดการศึกษาเพื่อความมั่นคง",
                            "ส่วนที่ ๓ แผนปฏิบัติการ"),
                    entries.stream().map(p -> p.getText().strip()).toList());
            assertEquals(
                    List.of("TOC1", "TOC2", "TOC1"),
                    entries.stream().map(XWPFParagraph::getStyle).toList());
            assertTrue(
                    xml.contains("PAGEREF " + DocxText.bookmark(SampleFlow.ISSUE_UUID)),
                    "page reference to the issue's bookmark");
            assertTrue(entries.stream().noneMatch(p -> p.getText().strip().matches(".*\\d$")), "no pages given");
            assertTrue(doc.getStyles().styleExist("BodyText") && doc.getStyles().styleExist("TableGrid"));
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(
                            p -> "BodyText".equals(p.getStyle()) && p.getText().startsWith("สำนักงาน")));
            XWPFParagraph listItem = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("๒."))
                    .findFirst()
                    .orElseThrow();
            assertEquals("๒.\tจุดอ่อน: ข้อมูลกระจัดกระจาย", listItem.getText());
            assertEquals(2 * 567, listItem.getIndentationLeft());
        }
    }

    @Test
    void sectionsTurnLandscapeAndKeepTheFooter() throws IOException {
        try (XWPFDocument doc = read(bytes(SampleFlow.document("๘๕")))) {
            List<CTSectPr> breaks = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr())
                    .toList();
            assertEquals(2, breaks.size(), "three sections: two breaks and the body's");
            assertTrue(breaks.get(0).isSetTitlePg(), "the cover shows no footer");
            assertFalse(breaks.get(1).isSetTitlePg());
            for (CTSectPr s : breaks) {
                assertEquals(ThaiRuns.A4_WIDTH, ((BigInteger) s.getPgSz().getW()).intValue());
                assertEquals(1, s.sizeOfFooterReferenceArray());
            }
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.LANDSCAPE, last.getPgSz().getOrient());
            assertEquals(ThaiRuns.A4_HEIGHT, ((BigInteger) last.getPgSz().getW()).intValue());
            assertEquals(1, last.sizeOfFooterReferenceArray());
        }
    }

    @Test
    void tablesSpanRepeatTheirHeaderAndBookmarkRows() throws IOException {
        try (XWPFDocument doc = read(bytes(SampleFlow.document("๘๕")))) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(DocxStyles.TABLE_GRID, t.getStyleID());
            assertEquals(3, t.getRow(0).getTableCells().size(), "indicator, unit, targets over three years");
            assertEquals(
                    BigInteger.valueOf(3),
                    t.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals(
                    STMerge.RESTART,
                    t.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(
                    STMerge.CONTINUE,
                    t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(5, t.getRow(1).getTableCells().size());
            assertTrue(t.getRow(0).isRepeatHeader()
                    && t.getRow(1).isRepeatHeader()
                    && !t.getRow(2).isRepeatHeader());
            t.getRows().forEach(r -> assertTrue(r.isCantSplitRow()));
            assertEquals(
                    DocxText.bookmark(SampleFlow.INDICATOR_UUID),
                    t.getRow(2)
                            .getCell(0)
                            .getParagraphs()
                            .get(0)
                            .getCTP()
                            .getBookmarkStartArray(0)
                            .getName());
            assertEquals("๘๕", t.getRow(2).getCell(3).getText());
            int sum = t.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(g -> ((BigInteger) g.getW()).intValue())
                    .sum();
            assertEquals(ThaiRuns.TEXT_WIDTH, sum);
            XWPFTable wide = doc.getTables().get(1);
            int wideSum = wide.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(g -> ((BigInteger) g.getW()).intValue())
                    .sum();
            assertEquals(ThaiRuns.LANDSCAPE_TEXT_WIDTH, wideSum, "a landscape table takes the landscape width");
            assertNull(
                    doc.getParagraphs().stream()
                            .filter(p -> p.getText().contains("แผนที่ยุทธศาสตร์"))
                            .findFirst()
                            .orElseThrow()
                            .getCTP()
                            .getBookmarkStartList()
                            .stream()
                            .findFirst()
                            .orElse(null),
                    "an empty slot keeps its caption only");
        }
    }

    @Test
    void twoRunsGiveTheSamePartsAndOneEditChangesOneCell() throws IOException, InterruptedException {
        byte[] once = bytes(SampleFlow.document("๘๕"));
        Thread.sleep(2100); // zip entry times have a resolution of two seconds
        assertTrue(
                java.util.Arrays.equals(once, bytes(SampleFlow.document("๘๕"))),
                "the same bytes, entry times included");
        Map<String, String> first = parts(once);
        Map<String, String> edited = parts(bytes(SampleFlow.document("๘๖")));
        for (String part : first.keySet()) {
            if (!part.equals("word/document.xml")) {
                assertEquals(first.get(part), edited.get(part), part);
            }
        }
        String before = first.get("word/document.xml"), after = edited.get("word/document.xml");
        assertEquals(before.replace("๘๕", "๘๖"), after, "only the edited value differs");
        assertFalse(before.equals(after));
    }

    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
