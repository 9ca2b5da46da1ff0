/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.html;

import static org.junit.jupiter.api.Assertions.*;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.reports.Outputs;
import org.phaen.reports.Samples;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.dashboard.DashboardReport;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.reports.internal.document.Tone;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.DeliveryState;
import org.phaen.reports.summary.SummaryReport;

/** The self-contained HTML dashboard and summary, parsed by jsoup (an HTML5 parser) and their SVG as XML. */
class HtmlReportTest {

    private static Document dashboard;
    private static String dashboardHtml;
    private static Document summary;

    @BeforeAll
    static void render() throws Exception {
        Samples s = Samples.load();
        dashboardHtml = Outputs.html(
                DashboardReport.of(ProgressDashboard.of(s.monitoring(), s.period("2562-C6"), s.facts())),
                "dashboard-c6");
        dashboard = Jsoup.parse(dashboardHtml);
        summary = Jsoup.parse(Outputs.html(
                SummaryReport.of(ActionPlanSummary.of(s.actionPlan(), s.period("2562-C6"), s.facts(), Samples.TODAY)),
                "summary-c6"));
    }

    /** The status cell of the indicator row whose first cell starts with {@code code}. */
    private static Element statusCell(String code) {
        Element row = dashboard.select("table[data-sheet=ตัวชี้วัด] tbody tr").stream()
                .filter(tr -> tr.child(0).text().startsWith(code + " "))
                .findFirst()
                .orElseThrow();
        return row.child(row.childrenSize() - 1);
    }

    @Test
    void statusColours() {
        assertStatus(statusCell("PLK-KPI1.1.1"), IndicatorStatus.MET);
        assertStatus(statusCell("PLK-KPI1.1.2"), IndicatorStatus.ON_TRACK);
        assertStatus(statusCell("PLK-KPI2.1.1"), IndicatorStatus.BEHIND);
        assertStatus(statusCell("PLK-KPI2.1.2"), IndicatorStatus.NO_DATA);
    }

    private static void assertStatus(Element cell, IndicatorStatus status) {
        assertEquals(status.labelTh(), cell.text());
        assertTrue(cell.hasClass(status.tone().cssClass()), cell.outerHtml());
        assertTrue(cell.attr("style").contains("#" + status.tone().fill()), cell.outerHtml());
    }

    @Test
    void selfContainedPrintablePage() {
        assertEquals("th", dashboard.selectFirst("html").attr("lang"));
        assertTrue(dashboard.select("link[rel=stylesheet], script, img").isEmpty(), "nothing fetched from elsewhere");
        String css = dashboard.selectFirst("style").data();
        assertTrue(css.contains("size: A4 landscape"));
        assertTrue(css.contains("@font-face") && css.contains("data:font/ttf;base64,"));
        assertEquals(3, dashboard.select("figure.chart svg").size());
        assertEquals(3, dashboard.select("h2").size());
        assertTrue(dashboard.text().contains("ข้อมูลถึงวันที่ 31 มีนาคม 2562"), "B.E. cut-off date");
    }

    @Test
    void inlineChartsAreWellFormedXml() throws Exception {
        for (Element svg : Jsoup.parse(dashboardHtml, "", Parser.xmlParser()).select("svg")) {
            assertNotNull(Outputs.xml(svg.outerHtml()).getDocumentElement());
        }
        int start = dashboardHtml.indexOf("<svg");
        String first = dashboardHtml.substring(start, dashboardHtml.indexOf("</svg>", start) + 6);
        assertEquals("svg", Outputs.xml(first).getDocumentElement().getLocalName());
    }

    @Test
    void overdueReportsAreFlagged() {
        Element row = summary.select("table[data-sheet=การส่งรายงาน] tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("รายงานผลการดำเนินงานรอบ 6 เดือน"))
                .findFirst()
                .orElseThrow();
        Element state = row.child(7);
        assertEquals(DeliveryState.OVERDUE.labelTh() + " 16 วัน", state.text());
        assertTrue(state.hasClass(Tone.BAD.cssClass()));
        assertEquals("15 เมษายน 2562", row.child(2).text());
        assertEquals("-", row.child(3).text());
        Element late =
                summary.select("table[data-sheet=การส่งรายงาน] td.tone-fair").first();
        assertNotNull(late, "a late delivery is flagged too");
    }

    @Test
    void summaryHasOneSectionPerIssue() {
        assertTrue(summary.select("h2").stream().anyMatch(h -> h.text().startsWith("1. ")));
        assertEquals(
                4, summary.select("table[data-sheet~=^ประเด็น \\d+ โครงการ$]").size());
    }
}
