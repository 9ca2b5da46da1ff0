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
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class NumericItemMeasuresIndicatorTest {

    private final PlanModel model = F.createPlanModel();
    private final MonitoringPlan monitoring = monitoringPlan(model, 2562);

    @Test
    void aNumberWithoutAnIndicatorInAKpiCollectionIsAWarning() {
        InstrumentItem number = item(instrument(monitoring, InstrumentKind.KPI_COLLECTION), ItemKind.NUMBER, null);
        InstrumentItem decimal = item(instrument(monitoring, InstrumentKind.PROGRESS_REPORT), ItemKind.DECIMAL, null);
        List<Finding> findings = RuleTester.run(new NumericItemMeasuresIndicator(), model);
        assertEquals(2, findings.size());
        assertFinding(
                findingOn(number, findings),
                number,
                Severity.WARNING,
                "Numeric item INS-01-1 \"จำนวนนักเรียนที่อ่านออกเขียนได้\" of instrument INS-01 \"แบบเก็บข้อมูลตัวชี้วัด\" is"
                        + " linked to no indicator.",
                "รายการข้อมูลเชิงตัวเลข INS-01-1 \"จำนวนนักเรียนที่อ่านออกเขียนได้\" ของเครื่องมือ INS-01"
                        + " \"แบบเก็บข้อมูลตัวชี้วัด\" ยังไม่ได้เชื่อมโยงกับตัวชี้วัด");
        assertEquals(Severity.WARNING, findingOn(decimal, findings).severity());
    }

    @Test
    void linkedNumbersOtherItemsAndOtherInstrumentsPass() {
        EvaluationInstrument kpi = instrument(monitoring, InstrumentKind.KPI_COLLECTION);
        item(kpi, ItemKind.NUMBER, indicator("K1"));
        item(kpi, ItemKind.TEXT, null);
        item(kpi, ItemKind.RATING, null);
        item(instrument(monitoring, InstrumentKind.SATISFACTION_SURVEY), ItemKind.NUMBER, null);
        item(instrument(monitoring, InstrumentKind.SITE_VISIT), ItemKind.DECIMAL, null);
        InstrumentItem unkinded = item(kpi, ItemKind.NUMBER, null);
        unkinded.unsetItemKind();
        assertEquals(List.of(), RuleTester.run(new NumericItemMeasuresIndicator(), model));
    }

    /** The progress report's "baht disbursed from a source" and "percent complete of a project" items. */
    @Test
    void budgetAndProgressFiguresNeedNoIndicator() {
        EvaluationInstrument report = instrument(monitoring, InstrumentKind.PROGRESS_REPORT);
        item(report, ItemKind.DECIMAL, null).setSubject(F.createFundingSource());
        item(report, ItemKind.DECIMAL, null).setSubject(F.createProject());
        InstrumentItem aboutAnActivity = item(report, ItemKind.DECIMAL, null);
        aboutAnActivity.setSubject(F.createActivity());
        assertEquals(
                List.of(aboutAnActivity),
                RuleTester.run(new NumericItemMeasuresIndicator(), model).stream()
                        .map(Finding::element)
                        .toList());
    }

    @Test
    void changingTheInstrumentsKindRechecksItsItems() {
        EvaluationInstrument survey = instrument(monitoring, InstrumentKind.SATISFACTION_SURVEY);
        InstrumentItem number = item(survey, ItemKind.NUMBER, null);
        LiveValidation live = RuleTester.live(new NumericItemMeasuresIndicator(), model);
        assertEquals(0, live.start().findings().size());

        survey.setKind(InstrumentKind.KPI_COLLECTION);
        live.revalidate();
        assertEquals(1, live.findingsOf(number).size());
        live.dispose();
    }
}
