/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.internal.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.StrategicPlan;
import org.phaen.model.ValueType;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.network.packages.PackageRows;
import org.phaen.reports.assess.IndicatorAssessment;

/**
 * Rows a synthetic province reports up to the 9-month round: each goal indicator by three agencies in every period
 * inside it, each project's progress, and what was disbursed by the 9-month round. Seeded, so runs compare.
 */
final class SyntheticRows {

    private SyntheticRows() {}

    static PackageRows of(PlanModel model, ReportingPeriod upTo, long seed) {
        Random random = new Random(seed);
        MonitoringPlan monitoring = model.getMonitoringPlans().get(0);
        List<ReportingPeriod> periods = monitoring.getReportingPeriods().stream()
                .filter(p -> !p.getStartDate().isBefore(upTo.getStartDate())
                        && !p.getEndDate().isAfter(upTo.getEndDate()))
                .toList();
        List<Organization> agencies = monitoring.getReportingAgencies().subList(0, 3);
        List<Measurement> measurements = new ArrayList<>();
        List<ProjectProgress> progress = new ArrayList<>();
        List<Disbursement> disbursements = new ArrayList<>();
        for (TreeIterator<EObject> it = ((StrategicPlan) model.getPlans().get(0)).eAllContents(); it.hasNext(); ) {
            if (it.next() instanceof Indicator indicator && IndicatorAssessment.target(indicator, 2562) != null) {
                BigDecimal target = IndicatorAssessment.target(indicator, 2562);
                for (ReportingPeriod period : periods) {
                    for (Organization agency : agencies) {
                        BigDecimal value = target.multiply(BigDecimal.valueOf(0.85 + random.nextInt(30) / 100.0))
                                .setScale(2, RoundingMode.HALF_UP);
                        if (indicator.getValueType() == ValueType.PERCENT) {
                            value = value.min(BigDecimal.valueOf(100));
                        }
                        measurements.add(new Measurement(
                                indicator.getUuid(), agency.getUuid(), period.getUuid(), value, null, "bench"));
                    }
                }
            }
        }
        for (Project project : ((ActionPlan) model.getPlans().get(1)).getProjects()) {
            for (ReportingPeriod period : periods) {
                int percent = Math.min(100, period.getMonths() * 100 / 12 - 10 + random.nextInt(20));
                progress.add(new ProjectProgress(
                        project.getUuid(), period.getUuid(), "IN_PROGRESS", BigDecimal.valueOf(percent), null));
            }
            for (BudgetLine line : project.getBudgetLines()) {
                if (disbursements.stream()
                        .noneMatch(d -> d.project().equals(project.getUuid())
                                && d.fundingSource().equals(line.getSource().getUuid()))) {
                    disbursements.add(new Disbursement(
                            project.getUuid(),
                            line.getSource().getUuid(),
                            upTo.getUuid(),
                            line.getAmount().multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP)));
                }
            }
        }
        return new PackageRows(measurements, progress, disbursements, List.of(), List.of());
    }
}
