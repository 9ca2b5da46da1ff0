/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;
import org.phaen.validation.SampleFindings;
import org.phaen.validation.Severity;

class EmenscrRulesTest {

    static final List<Rule> RULES = List.of(
            new ProjectHasCodeForEmenscr(),
            new ProjectHasAgencyForEmenscr(),
            new ProjectHasContactForEmenscr(),
            new ProjectHasPeriodForEmenscr(),
            new ProjectHasObjectivesForEmenscr(),
            new ProjectHasTargetGroupsForEmenscr(),
            new ProjectHasKpiForEmenscr(),
            new ProjectHasBudgetBySourceForEmenscr(),
            new ProjectHasActivitiesForEmenscr(),
            new ProjectAlignedToNationalStrategyForEmenscr(),
            new ProjectHasLocationForEmenscr(),
            new ProjectHasKindForEmenscr(),
            new ProjectHasBudgetProgrammeForEmenscr(),
            new ProjectHasSdgGoalsForEmenscr(),
            new ProjectHasSpendingPlanForEmenscr(),
            new ProjectSdgGoalsExist());

    @Test
    void aBareProjectIsWarnedOncePerFieldEmenscrNeedsEachNamingTheField() {
        PlanModel model = F.createPlanModel();
        ActionPlan plan = actionPlan(model, "AP", "แผนปฏิบัติราชการ", 2562);
        Project project = project(plan, "P-01", "โครงการพัฒนาครู");
        List<org.phaen.validation.Finding> all =
                RULES.stream().flatMap(r -> RuleTester.run(r, model).stream()).toList();
        assertEquals(
                List.of(
                        "PH-EMN-002",
                        "PH-EMN-003",
                        "PH-EMN-004",
                        "PH-EMN-005",
                        "PH-EMN-006",
                        "PH-EMN-007",
                        "PH-EMN-008",
                        "PH-EMN-009",
                        "PH-EMN-010",
                        "PH-EMN-011",
                        "PH-EMN-012",
                        "PH-EMN-013",
                        "PH-EMN-014",
                        "PH-EMN-015"),
                all.stream().map(f -> f.ruleId()).toList(),
                "it has a code");
        assertFinding(
                all.get(1),
                project,
                Severity.WARNING,
                "Project P-01 \"โครงการพัฒนาครู\" has no responsible person; eMENSCR needs the field \"responsible person\" (ผู้รับผิดชอบโครงการ).",
                "โครงการ P-01 \"โครงการพัฒนาครู\" ยังไม่ระบุผู้รับผิดชอบ ซึ่งระบบ eMENSCR ต้องใช้ในช่อง \"ผู้รับผิดชอบโครงการ\"");
        project.setCode(null);
        assertOnlyFinding(
                RuleTester.run(new ProjectHasCodeForEmenscr(), model),
                project,
                Severity.WARNING,
                "Project \"โครงการพัฒนาครู\" has no code; eMENSCR needs the field \"project code\" (รหัสโครงการ).",
                "โครงการ \"โครงการพัฒนาครู\" ยังไม่มีรหัส ซึ่งระบบ eMENSCR ต้องใช้ในช่อง \"รหัสโครงการ\"");
    }

    @Test
    void theModel11FieldsAreWarnedAboutUntilSet() {
        PlanModel model = F.createPlanModel();
        Project project = project(actionPlan(model, "AP", "แผนปฏิบัติราชการ", 2562), "P-01", "โครงการพัฒนาครู");
        List<Rule> fields = RULES.subList(11, 15);
        assertFinding(
                RuleTester.run(fields.get(3), model).get(0),
                project,
                Severity.WARNING,
                "Project P-01 \"โครงการพัฒนาครู\" has no spending plan; eMENSCR needs the field \"spending plan by quarter or month\" (แผนการใช้จ่ายงบประมาณ).",
                "โครงการ P-01 \"โครงการพัฒนาครู\" ยังไม่มีแผนการใช้จ่ายงบประมาณ ซึ่งระบบ eMENSCR ต้องใช้ในช่อง \"แผนการใช้จ่ายงบประมาณรายไตรมาสหรือรายเดือน\"");
        project.setProjectKind(ProjectKind.OPERATION);
        project.setBudgetProgramme(BudgetProgramme.STRATEGIC);
        project.getSdgGoals().add(4);
        SpendingPlanEntry unfinished = F.createSpendingPlanEntry();
        unfinished.setPeriodKind(PeriodKind.QUARTER);
        unfinished.setSequence(1);
        project.getSpendingPlan().add(unfinished);
        assertEquals(
                List.of("PH-EMN-015"),
                fields.stream()
                        .flatMap(r -> RuleTester.run(r, model).stream())
                        .map(f -> f.ruleId())
                        .toList(),
                "an entry without an amount plans nothing");
        unfinished.setAmount(new BigDecimal("25000"));
        assertEquals(
                List.of(),
                fields.stream().flatMap(r -> RuleTester.run(r, model).stream()).toList());
    }

    @Test
    void anSdgNumberOutsideOneToSeventeenIsAnErrorNamingTheNumber() {
        PlanModel model = F.createPlanModel();
        Project project = project(actionPlan(model, "AP", "แผนปฏิบัติราชการ", 2562), "P-01", "โครงการพัฒนาครู");
        project.getSdgGoals().addAll(List.of(1, 4, 17));
        assertEquals(List.of(), RuleTester.run(new ProjectSdgGoalsExist(), model), "1, 4 and 17 are goals");
        project.getSdgGoals().addAll(List.of(0, 18));
        List<org.phaen.validation.Finding> found = RuleTester.run(new ProjectSdgGoalsExist(), model);
        assertEquals(2, found.size(), "one finding per number that is no goal: " + found);
        assertFinding(
                found.get(1),
                project,
                Severity.ERROR,
                "Project P-01 \"โครงการพัฒนาครู\" names SDG 18, which does not exist: the Sustainable Development Goals are numbered 1 to 17, and eMENSCR offers no other.",
                "โครงการ P-01 \"โครงการพัฒนาครู\" ระบุเป้าหมายการพัฒนาที่ยั่งยืน (SDGs) หมายเลข 18 ซึ่งไม่มีอยู่จริง เป้าหมาย SDGs มีหมายเลข 1 ถึง 17 เท่านั้น และระบบ eMENSCR ไม่มีหมายเลขอื่นให้เลือก");
        assertTrue(found.get(0).messageEn().contains("SDG 0,"), found.get(0).messageEn());
    }

    @Test
    void ofTheSampleProjectsFiveLackTheirResponsiblePersonAndNoneAnotherField() throws Exception {
        SampleFindings samples = SampleFindings.load();
        List<Project> inActionPlans = samples.all(Project.class).stream()
                .filter(p -> p.eContainer() instanceof ActionPlan)
                .toList();
        assertEquals(14, inActionPlans.size(), "Phitsanulok's FY 2562 projects were read");
        List<org.phaen.validation.Finding> findings = samples.findings(RULES);
        assertEquals(
                List.of("PLK62-04", "PLK62-06", "PLK62-07", "PLK62-09", "PLK62-10"),
                findings.stream()
                        .filter(f -> f.ruleId().equals("PH-EMN-003"))
                        .map(f -> ((Project) f.element()).getCode())
                        .toList());
        assertEquals(5, findings.size(), "the model 1.1 fields are all filled in, the SDGs all goals: " + findings);
        for (Project project : inActionPlans) {
            assertTrue(project.getSdgGoals().contains(4), project.getCode() + " serves education (SDG 4)");
        }
    }
}
