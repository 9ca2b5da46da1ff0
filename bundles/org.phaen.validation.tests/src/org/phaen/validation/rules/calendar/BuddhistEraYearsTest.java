/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.calendar.CalendarFixtures.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.FundingSource;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class BuddhistEraYearsTest {

    private final BuddhistEraYears rule = new BuddhistEraYears();

    /** A model whose every year is a sane B.E. year. */
    private static PlanModel model() {
        PlanModel model = F.createPlanModel();
        StrategicPlan plan = strategicPlan(model, null, "SP", "แผนยุทธศาสตร์");
        plan.setStartYear(2561);
        plan.setEndYear(2565);
        Indicator indicator = named(F.createIndicator(), "KPI-1", "ร้อยละของนักเรียนที่อ่านออกเขียนได้");
        indicator.setBaselineYear(2560);
        indicator.setBaselineValue(BigDecimal.TEN);
        indicator.getTargets().add(target(2561));
        goal(issue(plan, null, null), null, null).getIndicators().add(indicator);
        actionPlan(model, 2562);
        MonitoringPlan monitoring = monitoringPlan(model, 2562);
        EvaluationInstrument instrument = named(F.createEvaluationInstrument(), "INS-1", "แบบรายงานความก้าวหน้า");
        instrument.setFiscalYear(2562);
        monitoring.getInstruments().add(instrument);
        FundingSource source = named(F.createFundingSource(), "FS-1", "งบประมาณสำนักงาน");
        source.setFiscalYear(2562);
        model.getFundingSources().add(source);
        return model;
    }

    private static Target target(int year) {
        Target target = F.createTarget();
        target.setFiscalYear(year);
        target.setValue(BigDecimal.ONE);
        return target;
    }

    private static StrategicPlan plan(PlanModel model) {
        return (StrategicPlan) model.getPlans().get(0);
    }

    private static Indicator indicator(PlanModel model) {
        return plan(model)
                .getStrategicIssues()
                .get(0)
                .getGoals()
                .get(0)
                .getIndicators()
                .get(0);
    }

    @Test
    void saneBuddhistEraYearsPass() {
        assertEquals(List.of(), RuleTester.run(rule, model()));
        PlanModel optional = model();
        indicator(optional).setBaselineYear(0);
        optional.getFundingSources().get(0).setFiscalYear(0);
        assertEquals(
                List.of(), RuleTester.run(rule, optional), "a baseline year and a funding source's year are optional");
    }

    @Test
    void aCommonEraYearIsNamedWithItsBuddhistEraYear() {
        PlanModel model = model();
        plan(model).setStartYear(2018);
        assertOnlyFinding(
                RuleTester.run(rule, model),
                plan(model),
                Severity.ERROR,
                "SP \"แผนยุทธศาสตร์\": the year 2018 looks like a Common Era (C.E.) year; in the Buddhist Era it is 2561.",
                "SP \"แผนยุทธศาสตร์\" ระบุปี 2018 ซึ่งน่าจะเป็นปีคริสต์ศักราช (ค.ศ.) ตรงกับ พ.ศ. 2561");
    }

    @Test
    void aYearThatIsNeitherIsOutOfRange() {
        PlanModel model = model();
        FundingSource source = model.getFundingSources().get(0);
        source.setFiscalYear(62);
        assertOnlyFinding(
                RuleTester.run(rule, model),
                source,
                Severity.ERROR,
                "FS-1 \"งบประมาณสำนักงาน\": the year 62 is outside the accepted Buddhist Era (B.E.) years 2400 to 2700.",
                "FS-1 \"งบประมาณสำนักงาน\" ระบุปี 62 ซึ่งอยู่นอกช่วงปีพุทธศักราชที่ยอมรับ (พ.ศ. 2400 ถึง 2700)");
    }

    @Test
    void targetYearsAreReportedOnTheirIndicator() {
        PlanModel model = model();
        Indicator indicator = indicator(model);
        indicator.getTargets().add(target(2019));
        indicator.getTargets().add(target(0));
        indicator.getTargets().add(target(25620));
        List<Finding> findings = RuleTester.run(rule, model);
        assertEquals(3, findings.size());
        String label = "KPI-1 \"ร้อยละของนักเรียนที่อ่านออกเขียนได้\"";
        assertFinding(
                findings.get(0),
                indicator,
                Severity.ERROR,
                "Indicator " + label
                        + " has a target for the year 2019, which looks like a Common Era (C.E.) year; in the Buddhist Era it is 2562.",
                "ตัวชี้วัด " + label + " มีค่าเป้าหมายของปี 2019 ซึ่งน่าจะเป็นปีคริสต์ศักราช (ค.ศ.) ตรงกับ พ.ศ. 2562");
        assertFinding(
                findings.get(1),
                indicator,
                Severity.ERROR,
                "Indicator " + label
                        + " has a target for the year 25620, outside the accepted Buddhist Era (B.E.) years 2400 to 2700.",
                "ตัวชี้วัด " + label
                        + " มีค่าเป้าหมายของปี 25620 ซึ่งอยู่นอกช่วงปีพุทธศักราชที่ยอมรับ (พ.ศ. 2400 ถึง 2700)");
        assertFinding(
                findings.get(2),
                indicator,
                Severity.ERROR,
                "Indicator " + label + " has a target without a fiscal year.",
                "ตัวชี้วัด " + label + " มีค่าเป้าหมายที่ยังไม่ได้ระบุปีงบประมาณ");
    }

    @Test
    void requiredYearsThatAreMissingAreNamed() {
        PlanModel model = model();
        plan(model).setEndYear(0);
        ActionPlan action = (ActionPlan) model.getPlans().get(1);
        action.setFiscalYear(0);
        MonitoringPlan monitoring = model.getMonitoringPlans().get(0);
        monitoring.getInstruments().get(0).setFiscalYear(0);
        List<Finding> findings = RuleTester.run(rule, model);
        assertEquals(3, findings.size());
        assertFinding(
                findings.get(0),
                action,
                Severity.ERROR,
                "AP \"แผนปฏิบัติราชการประจำปี\" has no fiscal year.",
                "AP \"แผนปฏิบัติราชการประจำปี\" ยังไม่ได้ระบุปีงบประมาณ");
        assertSame(monitoring.getInstruments().get(0), findings.get(1).element());
        assertFinding(
                findings.get(2),
                plan(model),
                Severity.ERROR,
                "Plan SP \"แผนยุทธศาสตร์\" has no end year.",
                "แผน SP \"แผนยุทธศาสตร์\" ยังไม่ได้ระบุปีสิ้นสุดของแผน");
    }

    @Test
    void everyKindOfYearIsChecked() {
        PlanModel model = model();
        plan(model).setEndYear(2022);
        ((ActionPlan) model.getPlans().get(1)).setFiscalYear(2019);
        model.getMonitoringPlans().get(0).setFiscalYear(2019);
        model.getMonitoringPlans().get(0).getInstruments().get(0).setFiscalYear(2019);
        model.getFundingSources().get(0).setFiscalYear(2019);
        indicator(model).setBaselineYear(2017);
        List<Finding> findings = RuleTester.run(rule, model);
        assertEquals(6, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.message(Language.EN).contains("looks like a Common Era")));
        assertTrue(findings.stream()
                .anyMatch(f ->
                        f.message(Language.EN).contains("the year 2017 looks") && f.element() == indicator(model)));
    }
}
