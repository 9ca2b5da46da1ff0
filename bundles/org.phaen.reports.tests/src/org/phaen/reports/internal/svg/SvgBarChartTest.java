/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.svg;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.reports.Outputs;
import org.phaen.reports.internal.document.BarChart;
import org.phaen.reports.internal.document.Tone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written SVG is well-formed XML with escaped Thai labels, one bar per value and tone colours. */
class SvgBarChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static BarChart chart() {
        return new BarChart(
                "งบประมาณ <ทดสอบ> & \"เบิกจ่าย\"",
                "บาท",
                List.of(new BarChart.Series("จัดสรร", "90A4AE"), new BarChart.Series("เบิกจ่าย", "2E7D32")),
                List.of(
                        new BarChart.Group(
                                "แหล่งที่ ๑ </text><script>alert(1)</script>",
                                List.of(
                                        new BarChart.Bar(new BigDecimal("1000"), Tone.NONE),
                                        new BarChart.Bar(new BigDecimal("250.50"), Tone.BAD))),
                        new BarChart.Group(
                                "แหล่งที่ 2",
                                List.of(
                                        new BarChart.Bar(new BigDecimal("500"), Tone.NONE),
                                        new BarChart.Bar(null, Tone.NONE)))),
                null);
    }

    @Test
    void wellFormedWithEscapedLabels() throws Exception {
        Document doc = Outputs.xml(SvgBarChart.standalone(chart()));
        Element root = doc.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        String texts = root.getTextContent();
        assertTrue(texts.contains("งบประมาณ <ทดสอบ> & \"เบิกจ่าย\""));
        assertTrue(texts.contains("ไม่มีข้อมูล"), "a missing value is said, not drawn as zero");
        assertTrue(texts.contains("250.5 บาท"));
    }

    /** A yes/no indicator has no share of its target: its bar says its status, in the status colour, not "no data". */
    @Test
    void aBarWithoutAValueSaysItsNote() throws Exception {
        BarChart yesNo = new BarChart(
                "ตัวชี้วัด",
                "%",
                List.of(new BarChart.Series("ร้อยละของค่าเป้าหมาย", "1565C0")),
                List.of(new BarChart.Group("KPI-มี/ไม่มี", List.of(new BarChart.Bar(null, Tone.BAD, "ต่ำกว่าแผน")))),
                null);
        Element root = Outputs.xml(SvgBarChart.standalone(yesNo)).getDocumentElement();
        assertTrue(root.getTextContent().contains("ต่ำกว่าแผน"), root.getTextContent());
        assertFalse(root.getTextContent().contains("ไม่มีข้อมูล"), "it has data");
        NodeList texts = root.getElementsByTagNameNS(SVG, "text");
        boolean toned = false;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            toned |= t.getTextContent().equals("ต่ำกว่าแผน")
                    && t.getAttribute("fill").equals("#" + Tone.BAD.strong());
        }
        assertTrue(toned, "the note in the status colour");
    }

    @Test
    void oneBarPerValueInItsColour() throws Exception {
        Document doc = Outputs.xml(SvgBarChart.svg(chart()));
        NodeList rects = doc.getElementsByTagNameNS(SVG, "rect");
        // two legend swatches + three drawn bars (the missing value has none)
        assertEquals(5, rects.getLength());
        boolean bad = false;
        for (int i = 0; i < rects.getLength(); i++) {
            bad |= ("#" + Tone.BAD.strong()).equals(((Element) rects.item(i)).getAttribute("fill"));
        }
        assertTrue(bad, "the toned bar takes the tone's colour");
    }

    @Test
    void biggestBarIsLongest() throws Exception {
        Document doc = Outputs.xml(SvgBarChart.svg(chart()));
        NodeList rects = doc.getElementsByTagNameNS(SVG, "rect");
        double thousand = Double.parseDouble(((Element) rects.item(2)).getAttribute("width"));
        double fiveHundred = Double.parseDouble(((Element) rects.item(4)).getAttribute("width"));
        assertEquals(2.0, thousand / fiveHundred, 0.01);
    }
}
