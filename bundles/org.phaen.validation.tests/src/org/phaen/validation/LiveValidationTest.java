/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.rules.alignment.ProjectImplementsStrategy;
import org.phaen.validation.rules.identity.RequiredThaiName;

class LiveValidationTest {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    @Test
    void anEditIsRecheckedAndOnlyWhatItAffects() {
        ResourceSet set = PlanFiles.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/live.phaen"));
        PlanModel model = F.createPlanModel();
        StrategicPlan plan = F.createStrategicPlan();
        plan.setName("แผน");
        StrategicIssue issue = F.createStrategicIssue();
        issue.setName("ประเด็น");
        Strategy strategy = F.createStrategy();
        strategy.setName("กลยุทธ์");
        issue.getStrategies().add(strategy);
        plan.getStrategicIssues().add(issue);
        ActionPlan action = F.createActionPlan();
        action.setName("แผนปฏิบัติ");
        Project done = project("โครงการ ก", strategy);
        Project edited = project("โครงการ ข", strategy);
        action.getProjects().addAll(List.of(done, edited));
        model.getPlans().addAll(List.of(plan, action));
        resource.getContents().add(model);

        LiveValidation live = new LiveValidation(
                new PlanValidator(List.of(new ProjectImplementsStrategy(), new RequiredThaiName())),
                set,
                List.of(resource));
        assertEquals(0, live.start().findings().size());

        edited.getImplementsStrategies().clear();
        Set<EObject> changed = live.revalidate();
        assertEquals(Set.of(edited), changed);
        assertEquals("PH-ALN-001", live.findingsOf(edited).get(0).ruleId());
        assertTrue(live.findingsOf(done).isEmpty());

        edited.setName("Project B");
        assertEquals(Set.of(edited), live.revalidate(), "the not-Thai name is a new finding on the same element");
        assertEquals(2, live.findingsOf(edited).size());

        edited.getImplementsStrategies().add(strategy);
        edited.setName("โครงการ ข");
        live.revalidate();
        assertTrue(live.findingsOf(edited).isEmpty());
        assertEquals(0, live.report().findings().size());

        action.getProjects().remove(edited);
        edited.getImplementsStrategies().clear();
        live.revalidate();
        assertTrue(live.findingsOf(edited).isEmpty(), "removed elements carry no findings");
        live.dispose();
    }

    @Test
    void adaptedInPartsFirstItFollowsEditsAsWhenAdaptedAtOnce() {
        ResourceSet set = PlanFiles.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/parts.phaen"));
        PlanModel model = F.createPlanModel();
        StrategicPlan plan = F.createStrategicPlan();
        plan.setName("แผน");
        StrategicIssue issue = F.createStrategicIssue();
        issue.setName("ประเด็น");
        Strategy strategy = F.createStrategy();
        strategy.setName("กลยุทธ์");
        issue.getStrategies().add(strategy);
        plan.getStrategicIssues().add(issue);
        ActionPlan action = F.createActionPlan();
        action.setName("แผนปฏิบัติ");
        Project edited = project("โครงการ ข", strategy);
        action.getProjects().add(edited);
        model.getPlans().addAll(List.of(plan, action));
        resource.getContents().add(model);
        PlanValidator validator = new PlanValidator(List.of(new ProjectImplementsStrategy(), new RequiredThaiName()));
        LiveValidation live = new LiveValidation(validator, set, List.of(resource));

        assertEquals(List.of(plan, action), live.parts(), "the file's plans");
        live.parts().forEach(live::adapt);
        assertTrue(
                edited.eAdapters().stream().anyMatch(a -> a instanceof ECrossReferenceAdapter),
                "a project of an adapted plan carries the index of references");
        assertTrue(model.eAdapters().isEmpty(), "the file's top element is left to follow");
        live.follow(validator.validate(List.of(resource), new RuleContext(set)));
        resource.getAllContents()
                .forEachRemaining(o -> assertEquals(2, o.eAdapters().size(), o + " is followed"));

        edited.getImplementsStrategies().clear(); // an edit inside a plan adapted as a part
        assertEquals(Set.of(edited), live.revalidate());
        assertEquals("PH-ALN-001", live.findingsOf(edited).get(0).ruleId());
        live.dispose();
        resource.getAllContents().forEachRemaining(o -> assertTrue(o.eAdapters().isEmpty(), o + " is let go"));
    }

    private static Project project(String name, Strategy strategy) {
        Project project = F.createProject();
        project.setName(name);
        project.getImplementsStrategies().add(strategy);
        return project;
    }
}
