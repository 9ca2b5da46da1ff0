/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.monitoring.MonitoringFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** Project P-01 has its own indicator P-01-K1 and is measured by G1-K1, an indicator of a goal of the regional plan (another file). */
class ActiveProjectIndicatorsHaveInstrumentsTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();
    private final Indicator planIndicator = indicator("G1-K1");
    private final Indicator ownIndicator = indicator("P-01-K1");
    private final ActionPlan plan = actionPlan(province, 2562);
    private final Project project = project(plan, "P-01", ProjectStatus.IN_PROGRESS);

    ActiveProjectIndicatorsHaveInstrumentsTest() {
        StrategicPlan strategic = F.createStrategicPlan();
        StrategicIssue issue = F.createStrategicIssue();
        Goal goal = F.createGoal();
        goal.getIndicators().add(planIndicator);
        issue.getGoals().add(goal);
        strategic.getStrategicIssues().add(issue);
        region.getPlans().add(strategic);
        project.getIndicators().add(ownIndicator);
        project.getMeasuredBy().add(planIndicator);
    }

    @Test
    void anIndicatorWithoutAnItemInTheYearsInstrumentsIsAWarningOnTheIndicatorNamingTheProject() {
        EvaluationInstrument instrument = instrument(monitoringPlan(region, 2562, plan), InstrumentKind.KPI_COLLECTION);
        item(instrument, ItemKind.NUMBER, ownIndicator);
        assertOnlyFinding(
                RuleTester.run(new ActiveProjectIndicatorsHaveInstruments(), region, province),
                planIndicator,
                Severity.WARNING,
                "Indicator G1-K1 \"ร้อยละของนักเรียนที่อ่านออกเขียนได้\" of active project " + PROJECT
                        + " has no item in any"
                        + " evaluation instrument of the fiscal year 2562 monitoring plan, so nothing collects it.",
                "ตัวชี้วัด G1-K1 \"ร้อยละของนักเรียนที่อ่านออกเขียนได้\" ของโครงการ " + PROJECT
                        + " ซึ่งยังดำเนินการอยู่"
                        + " ยังไม่มีรายการในเครื่องมือประเมินผลของแผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. 2562 จึงไม่มีการเก็บข้อมูล");
    }

    @Test
    void anIndicatorMeasuringTwoActiveProjectsIsReportedOncePerProject() {
        monitoringPlan(region, 2562, plan);
        Project other = project(plan, "P-02", ProjectStatus.APPROVED);
        other.getMeasuredBy().add(planIndicator);
        List<Finding> findings = RuleTester.run(new ActiveProjectIndicatorsHaveInstruments(), region, province);
        assertEquals(3, findings.size(), "P-01-K1 once, G1-K1 for P-01 and for P-02");
        assertEquals(
                2, findings.stream().filter(f -> f.element() == planIndicator).count());
        assertTrue(findings.stream()
                .anyMatch(f ->
                        f.element() == planIndicator && f.message(Language.EN).contains("project P-02")));
    }

    @Test
    void projectsOfAnActionPlanNoMonitoringPlanOfItsYearCoversAreLeftToPhMon005() {
        EvaluationInstrument instrument = instrument(monitoringPlan(region, 2563, plan), InstrumentKind.KPI_COLLECTION);
        item(instrument, ItemKind.NUMBER, ownIndicator); // a monitoring plan of another year does not count
        assertEquals(List.of(), RuleTester.run(new ActiveProjectIndicatorsHaveInstruments(), region, province));
        assertEquals(
                1,
                RuleTester.run(new ActionPlanMonitored(), region, province).size(),
                "the cause is reported once, on the" + " action plan");
    }

    @Test
    void coveredIndicatorsAndFinishedProjectsPass() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562, plan);
        item(instrument(monitoring, InstrumentKind.KPI_COLLECTION), ItemKind.NUMBER, ownIndicator);
        item(instrument(monitoring, InstrumentKind.PROGRESS_REPORT), ItemKind.DECIMAL, planIndicator);
        Project completed = project(plan, "P-02", ProjectStatus.COMPLETED);
        completed.getIndicators().add(indicator("P-02-K1"));
        project(plan, "P-03", null); // active, but measured by nothing
        assertEquals(List.of(), RuleTester.run(new ActiveProjectIndicatorsHaveInstruments(), region, province));
    }

    @Test
    void addingAnItemOrFinishingTheProjectRechecksTheIndicators() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562, plan);
        EvaluationInstrument instrument = instrument(monitoring, InstrumentKind.KPI_COLLECTION);
        item(instrument, ItemKind.NUMBER, ownIndicator);
        LiveValidation live = RuleTester.live(new ActiveProjectIndicatorsHaveInstruments(), region, province);
        assertEquals(1, live.start().findings().size());
        assertEquals(1, live.findingsOf(planIndicator).size());

        InstrumentItem added = item(instrument, ItemKind.NUMBER, planIndicator);
        live.revalidate();
        assertTrue(live.findingsOf(planIndicator).isEmpty(), "the indicator is rechecked when an item for it is added");

        added.setIndicator(null);
        live.revalidate();
        assertEquals(1, live.findingsOf(planIndicator).size(), "and when the item no longer collects it");

        project.setStatus(ProjectStatus.COMPLETED);
        live.revalidate();
        assertTrue(live.findingsOf(planIndicator).isEmpty(), "and when its project is no longer active");
        live.dispose();
    }
}
