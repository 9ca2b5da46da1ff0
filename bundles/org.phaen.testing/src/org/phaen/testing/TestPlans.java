/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.testing;

import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/** Small plans built in code, for tests that need a plan of their own rather than a sample. */
public final class TestPlans {

    private TestPlans() {}

    /** A regional plan with one issue and one strategy, in a new resource at {@code file}. */
    public static PlanModel regional(ResourceSet set, Path file) {
        PlanModel model = PhaenFactory.eINSTANCE.createPlanModel();
        StrategicPlan plan = PhaenFactory.eINSTANCE.createStrategicPlan();
        plan.setName("แผนยุทธศาสตร์ภาค");
        plan.setLevel(PlanLevel.REGIONAL_STRATEGIC_PLAN);
        StrategicIssue issue = PhaenFactory.eINSTANCE.createStrategicIssue();
        issue.setName("ประเด็นที่ 1");
        Strategy strategy = PhaenFactory.eINSTANCE.createStrategy();
        strategy.setCode("S1");
        strategy.setName("กลยุทธ์ที่ 1 พัฒนาครู");
        issue.getStrategies().add(strategy);
        plan.getStrategicIssues().add(issue);
        model.getPlans().add(plan);
        attach(set, file, model);
        return model;
    }

    public static Resource attach(ResourceSet set, Path file, PlanModel model) {
        Resource resource =
                set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        return resource;
    }

    public static Strategy firstStrategy(PlanModel model) {
        return ((StrategicPlan) model.getPlans().get(0))
                .getStrategicIssues()
                .get(0)
                .getStrategies()
                .get(0);
    }

    public static Project project(String name) {
        Project project = PhaenFactory.eINSTANCE.createProject();
        project.setName(name);
        return project;
    }
}
