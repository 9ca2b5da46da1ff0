/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.dashboard;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.reports.Samples.*;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.model.ProjectStatus;
import org.phaen.reports.Samples;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.assess.ProjectResult;
import org.phaen.reports.data.InMemoryFacts;
import org.phaen.reports.internal.content.SourceBudget;

/** The dashboard of the sample provincial monitoring plan at the 6-month round. */
class DashboardTest {

    private static Samples samples;
    private static ProgressDashboard dashboard;

    @BeforeAll
    static void build() throws Exception {
        samples = Samples.load();
        dashboard = ProgressDashboard.of(samples.monitoring(), samples.period("2562-C6"), samples.facts());
    }

    private static IndicatorResult indicator(String uuid) {
        return dashboard.indicators().stream()
                .filter(r -> r.indicator().getUuid().equals(uuid))
                .findFirst()
                .orElseThrow();
    }

    private static ProjectResult project(String uuid) {
        return dashboard.projects().stream()
                .filter(r -> r.project().getUuid().equals(uuid))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void indicatorStatusesAtSixMonths() {
        assertEquals(IndicatorStatus.MET, indicator(KPI_MET).status());
        assertEquals(IndicatorStatus.ON_TRACK, indicator(KPI_ON_TRACK).status());
        assertEquals(0, new BigDecimal("58").compareTo(indicator(KPI_ON_TRACK).expected()));
        assertEquals("2562-C6", indicator(KPI_ON_TRACK).asOf().getCode()); // the later round, not Q1
        assertEquals(IndicatorStatus.BEHIND, indicator(KPI_BEHIND).status());
        assertEquals(IndicatorStatus.MET, indicator(KPI_LOWER_MET).status());
        assertEquals(IndicatorStatus.MET, indicator(KPI_COUNT).status());
        assertEquals(0, new BigDecimal("1100").compareTo(indicator(KPI_COUNT).actual()));
        assertEquals(
                IndicatorStatus.NO_DATA, indicator(KPI_NO_DATA).status()); // its only value is for the 9-month round
    }

    @Test
    void coversStrategicAndProjectIndicatorsWithATarget() {
        assertEquals(14 + 14, dashboard.indicators().size());
        assertEquals(14, dashboard.projects().size());
    }

    @Test
    void wholeYearSeesTheLaterRound() {
        ProgressDashboard year = ProgressDashboard.of(samples.monitoring(), null, samples.facts());
        assertEquals(
                IndicatorStatus.MET,
                year.indicators().stream()
                        .filter(r -> r.indicator().getUuid().equals(KPI_NO_DATA))
                        .findFirst()
                        .orElseThrow()
                        .status());
    }

    @Test
    void projectStatusComesFromTheLatestReport() {
        assertEquals(ProjectStatus.IN_PROGRESS, project(PROJECT_01).status()); // the plan says COMPLETED
        assertEquals(0, new BigDecimal("60").compareTo(project(PROJECT_01).percentComplete()));
        assertEquals(ProjectStatus.SUSPENDED, project(PROJECT_06).status());
        assertEquals(ProjectStatus.COMPLETED, project(PROJECT_04).status()); // nothing reported: the plan's status
        assertNull(project(PROJECT_04).percentComplete());
    }

    @Test
    void budgetBySourceCountsOverlappingRoundsOnce() {
        Map<String, SourceBudget> bySource = dashboard.budget().stream()
                .collect(Collectors.toMap(b -> b.source().getUuid(), b -> b));
        assertEquals(new BigDecimal("50000.50"), bySource.get(SOURCE_PLK).disbursed());
        assertEquals(new BigDecimal("135000.25"), bySource.get(SOURCE_OPS).disbursed());
        // allocated: every budget line of the plan's projects from the source
        assertEquals(new BigDecimal("817661.25"), bySource.get(SOURCE_PLK).allocated());
        BigDecimal all =
                dashboard.budget().stream().map(SourceBudget::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lines = samples.actionPlan().getProjects().stream()
                .flatMap(p -> p.getBudgetLines().stream())
                .map(l -> l.getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(lines, all);
    }

    @Test
    void withoutFactsEverythingIsNoData() {
        ProgressDashboard empty =
                ProgressDashboard.of(samples.monitoring(), samples.period("2562-C6"), InMemoryFacts.none());
        assertTrue(empty.indicators().stream().allMatch(r -> r.status() == IndicatorStatus.NO_DATA));
        assertTrue(empty.budget().stream().allMatch(b -> b.disbursed().signum() == 0));
    }

    @Test
    void refusesAPeriodOfAnotherPlan() {
        var other = samples.set().getResources().get(0).getContents().get(0);
        var regionPeriod = ((org.phaen.model.PlanModel) other)
                .getMonitoringPlans()
                .get(0)
                .getReportingPeriods()
                .get(0);
        assertThrows(
                IllegalArgumentException.class,
                () -> ProgressDashboard.of(samples.monitoring(), regionPeriod, samples.facts()));
    }
}
