/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ProjectImplementsStrategyTest {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    @Test
    void aProjectWithoutAStrategyIsAnError() {
        PlanModel model = F.createPlanModel();
        ActionPlan action = F.createActionPlan();
        Project project = F.createProject();
        project.setCode("P-01");
        project.setName("โครงการลอย");
        action.getProjects().add(project);
        model.getPlans().add(action);

        List<Finding> findings = RuleTester.run(new ProjectImplementsStrategy(), model);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertSame(project, finding.element());
        assertEquals("โครงการ P-01 \"โครงการลอย\" ยังไม่ได้ระบุกลยุทธ์ที่ดำเนินการ", finding.message(Language.TH));
        assertEquals("Project P-01 \"โครงการลอย\" implements no strategy.", finding.message(Language.EN));
    }

    @Test
    void aProjectImplementingAStrategyPasses() {
        PlanModel model = F.createPlanModel();
        StrategicPlan plan = F.createStrategicPlan();
        StrategicIssue issue = F.createStrategicIssue();
        Strategy strategy = F.createStrategy();
        issue.getStrategies().add(strategy);
        plan.getStrategicIssues().add(issue);
        ActionPlan action = F.createActionPlan();
        Project project = F.createProject();
        project.getImplementsStrategies().add(strategy);
        action.getProjects().add(project);
        model.getPlans().add(plan);
        model.getPlans().add(action);
        assertEquals(List.of(), RuleTester.run(new ProjectImplementsStrategy(), model));
    }
}
