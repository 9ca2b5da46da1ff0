/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.sample;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.resource.IntegrityCheck;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.trace.Traceability;
import org.phaen.testing.SamplePlans;

/** The sample plans in models/ load, resolve across files and hold what the README says they hold. */
class SamplePlansTest {

    private static ResourceSet set;
    private static PlanModel regional;
    private static PlanModel provincial;

    @BeforeAll
    static void load() throws Exception {
        Path models = SamplePlans.models();
        set = PlanFiles.newResourceSet();
        regional = PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        provincial = PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
    }

    @Test
    void everyCrossFileReferenceResolves() {
        assertEquals(2, set.getResources().size(), "no third file was pulled in");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(set).isEmpty());
    }

    @Test
    void bothAreMarkedAsExampleDataAndSafeToSave() {
        for (PlanModel model : List.of(regional, provincial)) {
            assertTrue(model.isExampleData());
            assertEquals(List.of(), IntegrityCheck.problems(model.eResource()));
        }
    }

    @Test
    void theActionPlanHasTenProjectsTracingToTheRegionalPlan() {
        ActionPlan action = (ActionPlan) provincial.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertEquals(2562, action.getFiscalYear());
        assertTrue(action.getProjects().size() >= 10);
        FiscalYear fy = FiscalYear.of(action.getFiscalYear());
        for (Project project : action.getProjects()) {
            assertTrue(Traceability.tracesToOtherDocument(project), project.getCode());
            assertTrue(fy.contains(project.getStartDate()) && fy.contains(project.getEndDate()), project.getCode());
            assertFalse(project.getBudgetLines().isEmpty(), project.getCode());
        }
    }

    @Test
    void everyPartOfTheDomainIsFilledIn() {
        List<String> kinds = new ArrayList<>();
        for (PlanModel model : List.of(regional, provincial)) {
            for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext(); ) {
                kinds.add(it.next().eClass().getName());
            }
        }
        for (String kind : List.of(
                "StrategicPlan",
                "Mission",
                "StrategicIssue",
                "Goal",
                "Indicator",
                "Target",
                "Strategy",
                "Measure",
                "Alignment",
                "ActionPlan",
                "Project",
                "TargetGroup",
                "Activity",
                "Milestone",
                "BudgetLine",
                "FundingSource",
                "Organization",
                "Person",
                "ContactDetail",
                "LearningResource",
                "Mou",
                "Committee",
                "Membership",
                "Recognition",
                "DriveActivity",
                "MonitoringPlan",
                "ReportingPeriod",
                "ReportingSchedule",
                "ScheduledReport",
                "ParticipationChannel",
                "NarrativeSection",
                "TextBlock",
                "SwotItem",
                "CoreValue",
                "PlanRevision",
                "SpendingPlanEntry",
                "Consent")) {
            assertTrue(kinds.contains(kind), kind + " missing from the samples");
        }
    }
}
