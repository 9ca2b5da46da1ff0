/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.docx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.documents.docx.DocxTable;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.documents.text.TextWidths;
import org.phaen.reports.Outputs;
import org.phaen.reports.Samples;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.dashboard.DashboardReport;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.reports.internal.document.Tone;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.SummaryReport;

/** The Word dashboard and summary read back with POI: Thai font and size, A4, tables, shading. */
class DocxReportTest {

    private static XWPFDocument dashboard;
    private static XWPFDocument summary;

    @BeforeAll
    static void render() throws Exception {
        Samples s = Samples.load();
        dashboard = new XWPFDocument(new ByteArrayInputStream(Outputs.docx(
                DashboardReport.of(ProgressDashboard.of(s.monitoring(), s.period("2562-C6"), s.facts())),
                "dashboard-c6")));
        summary = new XWPFDocument(new ByteArrayInputStream(Outputs.docx(
                SummaryReport.of(ActionPlanSummary.of(s.actionPlan(), s.period("2562-C6"), s.facts(), Samples.TODAY)),
                "summary-c6")));
    }

    private static XWPFTableRow row(XWPFDocument doc, int table, String firstCellStart) {
        return doc.getTables().get(table).getRows().stream()
                .filter(r -> r.getCell(0).getText().startsWith(firstCellStart))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a4WithThaiFont() {
        var size = dashboard.getDocument().getBody().getSectPr().getPgSz();
        assertEquals(String.valueOf(ThaiRuns.A4_HEIGHT), String.valueOf(size.getW())); // A4 landscape
        assertEquals(String.valueOf(ThaiRuns.A4_WIDTH), String.valueOf(size.getH()));
        XWPFRun title = dashboard.getParagraphs().get(0).getRuns().get(0);
        assertEquals("รายงานความก้าวหน้าการดำเนินงาน", title.text());
        assertEquals(ThaiRuns.FONT, title.getFontFamily(XWPFRun.FontCharRange.cs));
        XWPFRun body = dashboard.getParagraphs().get(1).getRuns().get(0);
        assertEquals(16.0, body.getFontSizeAsDouble());
        assertTrue(dashboard.getParagraphs().stream().anyMatch(p -> p.getText().contains("31 มีนาคม 2562")));
    }

    /** Every table complete (grid, repeated header) and no column narrower than a word or number it holds. */
    @Test
    void completeTablesSizedToTheirWords() {
        for (XWPFDocument doc : List.of(dashboard, summary)) {
            assertEquals(1, doc.getFooterList().size());
            assertNotNull(doc.getStyles().getStyle("Heading1"));
            for (XWPFTable table : doc.getTables()) {
                List<Long> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                        .map(g -> ((java.math.BigInteger) g.getW()).longValue())
                        .toList();
                assertEquals(
                        ThaiRuns.LANDSCAPE_TEXT_WIDTH,
                        grid.stream().mapToLong(Long::longValue).sum());
                assertTrue(table.getRow(0).isRepeatHeader());
                for (int r = 0; r < table.getNumberOfRows(); r++) {
                    List<XWPFTableCell> cells = table.getRow(r).getTableCells();
                    assertEquals(grid.size(), cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        double word = TextWidths.widestWord(cells.get(c).getText(), ThaiRuns.SMALL_PT, r == 0) * 20
                                + 2 * DocxTable.CELL_MARGIN;
                        assertTrue(
                                word <= grid.get(c),
                                "'" + cells.get(c).getText() + "' needs " + word + " in " + grid.get(c));
                    }
                }
            }
        }
    }

    @Test
    void indicatorTableWithStatusShading() {
        List<XWPFTable> tables = dashboard.getTables();
        assertEquals(3, tables.size());
        assertStatus(row(dashboard, 0, "PLK-KPI1.1.1"), IndicatorStatus.MET);
        assertStatus(row(dashboard, 0, "PLK-KPI2.1.1"), IndicatorStatus.BEHIND);
        assertStatus(row(dashboard, 0, "PLK-KPI2.1.2"), IndicatorStatus.NO_DATA);
        assertEquals("60", row(dashboard, 0, "PLK-KPI1.1.1").getCell(4).getText());
        assertTrue(tables.get(0).getRow(0).isRepeatHeader());
    }

    private static void assertStatus(XWPFTableRow row, IndicatorStatus status) {
        XWPFTableCell cell = row.getCell(8);
        assertEquals(status.labelTh(), cell.getText());
        assertEquals(status.tone().fill(), cell.getColor());
    }

    @Test
    void budgetNumbers() {
        XWPFTable budget = dashboard.getTables().get(2);
        XWPFTableRow total = budget.getRows().get(budget.getRows().size() - 1);
        assertEquals("รวม", total.getCell(0).getText());
        assertEquals("3,273,161.25", total.getCell(1).getText());
        assertEquals("185,000.75", total.getCell(2).getText());
    }

    @Test
    void summaryFlagsTheOverdueReport() {
        XWPFTable schedule = summary.getTables().get(summary.getTables().size() - 1);
        XWPFTableRow row = schedule.getRows().stream()
                .filter(r -> r.getCell(0).getText().equals("รายงานผลการดำเนินงานรอบ 6 เดือน"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getCell(7).getText().startsWith("เกินกำหนด"));
        assertEquals(Tone.BAD.fill(), row.getCell(7).getColor());
        assertEquals("15 เมษายน 2562", row.getCell(2).getText());
    }
}
