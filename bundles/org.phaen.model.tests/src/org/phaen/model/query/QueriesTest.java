/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.FundingSource;
import org.phaen.model.Indicator;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.trace.Traceability;
import org.phaen.testing.SamplePlans;

/** The query helpers on the sample plans; expected figures read from the sample files by hand. */
class QueriesTest {

    private static ResourceSet set;
    private static PlanModel provincial;

    @BeforeAll
    static void load() throws Exception {
        set = PlanFiles.newResourceSet();
        provincial = PlanFiles.load(set, SamplePlans.file("phitsanulok-2562.phaen"));
    }

    @Test
    void elementsByCodeWithinAFileAndByUuidAcrossTheSet() {
        Project project = Elements.byCode(provincial, "PLK62-01", Project.class).orElseThrow();
        assertEquals("PLK62-01", project.getCode());
        assertTrue(
                Elements.byCode(provincial, "PLK62-01", Strategy.class).isEmpty(), "the kind is part of the question");
        assertTrue(Elements.byCode(provincial, "no-such-code", Project.class).isEmpty());
        assertSame(project, Elements.byUuid(set, project.getUuid()).orElseThrow());
        // By code from any element of the file, even one deep inside it.
        assertSame(
                project,
                Elements.byCode(project.getBudgetLines().get(0), "PLK62-01", Project.class)
                        .orElseThrow());
    }

    @Test
    void allElementsOfAKind() {
        List<PlanDocument> documents = Elements.allOf(provincial, PlanDocument.class);
        assertEquals(
                List.of("PLK-EDP", "PLK-AP2562"),
                documents.stream().map(PlanDocument::getCode).toList());
        assertEquals(
                Elements.allOf(provincial.eResource(), Indicator.class), Elements.allOf(provincial, Indicator.class));
    }

    @Test
    void anIndicatorsTargetForAFiscalYear() {
        Indicator indicator =
                Elements.byCode(provincial, "PLK-KPI1.1.1", Indicator.class).orElseThrow();
        assertEquals(
                new BigDecimal("55"),
                Targets.forYear(indicator, FiscalYear.of(2562)).orElseThrow().getValue());
        assertEquals(
                new BigDecimal("45"),
                Targets.forYear(indicator, 2561).orElseThrow().getValue());
        assertTrue(Targets.forYear(indicator, 2570).isEmpty());
    }

    @Test
    void budgetBySourceOfAPlanAndOfAProject() {
        ActionPlan actionPlan =
                Elements.byCode(provincial, "PLK-AP2562", ActionPlan.class).orElseThrow();
        Map<FundingSource, BigDecimal> bySource = Budgets.bySource(actionPlan);
        assertEquals(new BigDecimal("3273161.25"), Budgets.total(actionPlan));
        FundingSource own =
                Elements.byCode(provincial, "FS62-PLK-01", FundingSource.class).orElseThrow();
        assertEquals(new BigDecimal("817661.25"), bySource.get(own));
        assertFalse(bySource.containsKey(null), "every sample line names its source");
        assertTrue(
                bySource.keySet().stream().anyMatch(source -> source.eResource() != provincial.eResource()),
                "sources of the regional file are followed");
        Project project = Elements.byCode(provincial, "PLK62-01", Project.class).orElseThrow();
        assertEquals(new BigDecimal("85000.00"), Budgets.bySource(project).get(own));
        assertEquals(new BigDecimal("130500.00"), Budgets.total(project));
    }

    @Test
    void theAlignmentChainOfAProjectReachesTheNationalStrategy() {
        Project project = Elements.byCode(provincial, "PLK62-01", Project.class).orElseThrow();
        List<PlanElement> chain = AlignmentChains.toNationalStrategy(project).orElseThrow();
        assertSame(project, chain.get(0));
        assertEquals(
                PlanLevel.NATIONAL_STRATEGY,
                Traceability.documentOf(chain.get(chain.size() - 1)).getLevel());
        assertTrue(
                chain.stream()
                        .anyMatch(e -> Traceability.documentOf(e).getLevel() == PlanLevel.REGIONAL_STRATEGIC_PLAN),
                chain.toString());
        for (List<PlanElement> each : AlignmentChains.of(project)) {
            assertSame(project, each.get(0));
            assertEquals(each.size(), each.stream().distinct().count(), "no element twice in a chain");
        }
    }
}
