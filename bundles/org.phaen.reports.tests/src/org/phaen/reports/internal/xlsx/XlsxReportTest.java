/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.xlsx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.reports.Outputs;
import org.phaen.reports.Samples;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.dashboard.DashboardReport;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.SummaryReport;

/** The numbers workbook read back with POI: numeric cells holding the exact amounts, status fills. */
class XlsxReportTest {

    private static XSSFWorkbook dashboard;
    private static XSSFWorkbook summary;

    @BeforeAll
    static void render() throws Exception {
        Samples s = Samples.load();
        dashboard = new XSSFWorkbook(new ByteArrayInputStream(Outputs.xlsx(
                DashboardReport.of(ProgressDashboard.of(s.monitoring(), s.period("2562-C6"), s.facts())),
                "dashboard-c6")));
        summary = new XSSFWorkbook(new ByteArrayInputStream(Outputs.xlsx(
                SummaryReport.of(ActionPlanSummary.of(s.actionPlan(), s.period("2562-C6"), s.facts(), Samples.TODAY)),
                "summary-c6")));
    }

    private static XSSFRow row(XSSFSheet sheet, String firstCellStart) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .map(XSSFRow.class::cast)
                .filter(r -> r.getCell(0).getStringCellValue().startsWith(firstCellStart))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal number(XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getReference());
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    @Test
    void sheetsPerTable() {
        assertEquals("รายงาน", dashboard.getSheetName(0));
        assertNotNull(dashboard.getSheet("ตัวชี้วัด"));
        assertNotNull(dashboard.getSheet("โครงการ"));
        assertNotNull(dashboard.getSheet("งบประมาณตามแหล่ง"));
        Set<String> names = new HashSet<>();
        summary.forEach(sheet -> assertTrue(names.add(sheet.getSheetName().toLowerCase()), "unique sheet names"));
        assertNotNull(summary.getSheet("การส่งรายงาน"));
    }

    @Test
    void exactAmounts() {
        XSSFSheet budget = dashboard.getSheet("งบประมาณตามแหล่ง");
        XSSFRow total = row(budget, "รวม");
        assertEquals(0, new BigDecimal("3273161.25").compareTo(number(total.getCell(1))));
        assertEquals(0, new BigDecimal("185000.75").compareTo(number(total.getCell(2))));
        assertEquals("#,##0.00", total.getCell(1).getCellStyle().getDataFormatString());
        XSSFRow project = row(dashboard.getSheet("โครงการ"), "PLK62-01 ");
        assertEquals(0, new BigDecimal("130500.00").compareTo(number(project.getCell(4))));
        assertEquals(0, new BigDecimal("60000.75").compareTo(number(project.getCell(5))));
    }

    @Test
    void indicatorValuesAndStatusFills() {
        XSSFSheet sheet = dashboard.getSheet("ตัวชี้วัด");
        XSSFRow met = row(sheet, "PLK-KPI1.1.1 ");
        assertEquals(0, new BigDecimal("55").compareTo(number(met.getCell(2))));
        assertEquals(0, new BigDecimal("60").compareTo(number(met.getCell(4))));
        assertFill(met.getCell(8), IndicatorStatus.MET);
        assertFill(row(sheet, "PLK-KPI2.1.1 ").getCell(8), IndicatorStatus.BEHIND);
        XSSFRow none = row(sheet, "PLK-KPI2.1.2 ");
        assertFill(none.getCell(8), IndicatorStatus.NO_DATA);
        assertEquals(CellType.STRING, none.getCell(4).getCellType()); // no actual: a dash, not a zero
    }

    private static void assertFill(XSSFCell cell, IndicatorStatus status) {
        assertEquals(status.labelTh(), cell.getStringCellValue());
        assertEquals(
                status.tone().fill(),
                cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2));
    }

    @Test
    void overdueCountsDaysLate() {
        XSSFRow row = row(summary.getSheet("การส่งรายงาน"), "รายงานผลการดำเนินงานรอบ 6 เดือน");
        assertEquals(0, new BigDecimal("16").compareTo(number(row.getCell(6))));
        assertTrue(row.getCell(7).getStringCellValue().startsWith("เกินกำหนด"));
    }
}
