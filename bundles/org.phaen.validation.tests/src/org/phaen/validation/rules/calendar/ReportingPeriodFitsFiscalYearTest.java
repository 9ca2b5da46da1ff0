/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.calendar.CalendarFixtures.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ReportingPeriodFitsFiscalYearTest {

    private final ReportingPeriodFitsFiscalYear rule = new ReportingPeriodFitsFiscalYear();

    private static MonitoringPlan plan() {
        return monitoringPlan(F.createPlanModel(), 2562);
    }

    private List<Finding> run(MonitoringPlan plan) {
        return RuleTester.run(rule, (PlanModel) plan.eContainer());
    }

    @Test
    void theStandardPeriodsOfFiscalYear2562Pass() {
        MonitoringPlan plan = plan();
        period(plan, "2562-Q1", PeriodKind.QUARTER, 1, 3, "2018-10-01", "2018-12-31");
        period(plan, "2562-Q2", PeriodKind.QUARTER, 2, 3, "2019-01-01", "2019-03-31");
        period(plan, "2562-Q3", PeriodKind.QUARTER, 3, 0, "2019-04-01", "2019-06-30");
        period(plan, "2562-Q4", PeriodKind.QUARTER, 4, 3, "2019-07-01", "2019-09-30");
        period(plan, "2562-H1", PeriodKind.HALF_YEAR, 1, 6, "2018-10-01", "2019-03-31");
        period(plan, "2562-H2", PeriodKind.HALF_YEAR, 2, 0, "2019-04-01", "2019-09-30");
        period(plan, "2562-C3", PeriodKind.CUMULATIVE, 1, 3, "2018-10-01", "2018-12-31");
        period(plan, "2562-C6", PeriodKind.CUMULATIVE, 2, 6, "2018-10-01", "2019-03-31");
        period(plan, "2562-C9", PeriodKind.CUMULATIVE, 0, 9, "2018-10-01", "2019-06-30");
        period(plan, "2562-C12", PeriodKind.CUMULATIVE, 4, 0, "2018-10-01", "2019-09-30");
        period(plan, "2562-Y", PeriodKind.FULL_YEAR, 0, 12, "2018-10-01", "2019-09-30");
        period(plan, "2562-M05", PeriodKind.MONTH, 5, 1, "2019-02-01", "2019-02-28");
        period(plan, "visit", null, 0, 0, "2019-02-11", "2019-02-15"); // no kind: only has to fit the year
        assertEquals(List.of(), run(plan));
    }

    /** A period that does not fit its kind or its fiscal year gets exactly one error, whose messages name what is wrong. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aPeriodThatDoesNotFitIsAnError(
            String code,
            PeriodKind kind,
            int sequence,
            int months,
            String start,
            String end,
            String english,
            String thai) {
        MonitoringPlan plan = plan();
        ReportingPeriod period = period(plan, code, kind, sequence, months, start, end);
        assertOnlyFinding(run(plan), period, Severity.ERROR, english, thai);
    }

    static Stream<Arguments> aPeriodThatDoesNotFitIsAnError() {
        return Stream.of(
                arguments(
                        named("dates that do not match the kind name the expected dates", "2562-Q2"),
                        PeriodKind.QUARTER,
                        2,
                        3,
                        "2019-01-01",
                        "2019-03-30",
                        "Reporting period 2562-Q2 \"รอบ 2562-Q2\" is Quarter 2 of fiscal year 2562 (2019-01-01 to 2019-03-31),"
                                + " but its dates are 2019-01-01 to 2019-03-30.",
                        "รอบการรายงาน 2562-Q2 \"รอบ 2562-Q2\" เป็นไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2562 ซึ่งต้องเริ่มวันที่ 1 มกราคม 2562"
                                + " ถึงวันที่ 31 มีนาคม 2562 แต่ระบุไว้เป็น 1 มกราคม 2562 ถึง 30 มีนาคม 2562"),
                arguments(
                        named("a period without dates names the dates it needs", "2562-H1"),
                        PeriodKind.HALF_YEAR,
                        1,
                        6,
                        "2018-10-01",
                        null,
                        "Reporting period 2562-H1 \"รอบ 2562-H1\" is First half of fiscal year 2562 (2018-10-01 to 2019-03-31),"
                                + " but it has no start or no end date.",
                        "รอบการรายงาน 2562-H1 \"รอบ 2562-H1\" เป็นครึ่งปีแรก ปีงบประมาณ พ.ศ. 2562 แต่ยังระบุวันเริ่มต้นหรือวันสิ้นสุดไม่ครบ"
                                + " (ต้องเป็นวันที่ 1 ตุลาคม 2561 ถึงวันที่ 31 มีนาคม 2562)"),
                arguments(
                        named("a reversed period", "2562-Q1"),
                        PeriodKind.QUARTER,
                        1,
                        3,
                        "2018-12-31",
                        "2018-10-01",
                        "Reporting period 2562-Q1 \"รอบ 2562-Q1\" ends on 2018-10-01, before it starts on 2018-12-31.",
                        "รอบการรายงาน 2562-Q1 \"รอบ 2562-Q1\" มีวันสิ้นสุด (1 ตุลาคม 2561) ก่อนวันเริ่มต้น (31 ธันวาคม 2561)"),
                arguments(
                        named("a period outside the fiscal year", "2563-Q1"),
                        PeriodKind.QUARTER,
                        1,
                        3,
                        "2019-10-01",
                        "2019-12-31",
                        "Reporting period 2563-Q1 \"รอบ 2563-Q1\" runs from 2019-10-01 to 2019-12-31, outside fiscal year 2562"
                                + " (2018-10-01 to 2019-09-30) of its monitoring plan.",
                        "รอบการรายงาน 2563-Q1 \"รอบ 2563-Q1\" มีช่วงเวลา 1 ตุลาคม 2562 ถึง 31 ธันวาคม 2562 ซึ่งอยู่นอกปีงบประมาณ พ.ศ. 2562"
                                + " (1 ตุลาคม 2561 ถึง 30 กันยายน 2562) ของแผนการติดตามและประเมินผล"));
    }

    @Test
    void aCumulativeRoundIsNamedByItsMonths() {
        MonitoringPlan plan = plan();
        ReportingPeriod c9 = period(plan, "2562-C9", PeriodKind.CUMULATIVE, 0, 9, "2019-04-01", "2019-06-30");
        List<Finding> findings = run(plan);
        assertEquals(1, findings.size());
        assertSame(c9, findings.get(0).element());
        assertTrue(findings.get(0)
                .message(Language.EN)
                .contains("is Cumulative 9 months of fiscal year 2562 (2018-10-01 to 2019-06-30)"));
    }

    @Test
    void aKindAndNumberThatNameNoPeriodAreAnError() {
        MonitoringPlan plan = plan();
        ReportingPeriod q5 = period(plan, "2562-Q5", PeriodKind.QUARTER, 5, 3, "2019-07-01", "2019-09-30");
        period(plan, "2562-C7", PeriodKind.CUMULATIVE, 0, 7, "2018-10-01", "2019-04-30");
        period(plan, "2562-C9", PeriodKind.CUMULATIVE, 2, 9, "2018-10-01", "2019-06-30"); // number and months disagree
        period(plan, "2562-H1", PeriodKind.HALF_YEAR, 1, 3, "2018-10-01", "2019-03-31"); // a half of 3 months
        List<Finding> findings = run(plan);
        assertEquals(4, findings.size());
        assertFinding(
                findings.stream().filter(f -> f.element() == q5).findFirst().orElseThrow(),
                q5,
                Severity.ERROR,
                "Reporting period 2562-Q5 \"รอบ 2562-Q5\" is of kind QUARTER with number 5 and 3 months, which names no period of a fiscal year"
                        + " (quarters 1 to 4, halves 1 and 2, cumulative rounds of 3, 6, 9 or 12 months, months 1 to 12, or the full year).",
                "รอบการรายงาน 2562-Q5 \"รอบ 2562-Q5\" ระบุประเภท QUARTER ลำดับที่ 5 จำนวน 3 เดือน ซึ่งไม่ตรงกับรอบใดของปีงบประมาณ"
                        + " (ไตรมาสที่ 1 ถึง 4 ครึ่งปีที่ 1 และ 2 รอบสะสม 3 6 9 หรือ 12 เดือน เดือนที่ 1 ถึง 12 หรือทั้งปี)");
    }

    @Test
    void aMonitoringPlanWithoutASaneYearIsLeftToPhCal003() {
        MonitoringPlan plan = monitoringPlan(F.createPlanModel(), 2019);
        period(plan, "2019-Q1", PeriodKind.QUARTER, 1, 3, "2018-10-01", "2018-12-31");
        assertEquals(List.of(), run(plan));
    }
}
