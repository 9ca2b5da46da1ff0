/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.reports.data.MonitoringFacts;

/** Projects as of a scope's cut-off: latest reported progress, budget allocated and disbursed by source. */
public final class ProjectResults {

    private final ReportingScope scope;
    private final Map<String, Map<String, ProjectProgress>> progress = new HashMap<>();
    private final Map<DisbursedToDate.Key, BigDecimal> disbursed;

    public ProjectResults(ReportingScope scope, MonitoringFacts facts) {
        this.scope = scope;
        for (ProjectProgress p : facts.projectProgress(scope.periodUuids())) {
            progress.computeIfAbsent(p.project(), k -> new HashMap<>()).put(p.period(), p);
        }
        disbursed = DisbursedToDate.of(facts.disbursements(scope.periodUuids()), scope);
    }

    public List<ProjectResult> assess(List<Project> projects) {
        return projects.stream().map(this::assess).toList();
    }

    public ProjectResult assess(Project project) {
        Map<String, ProjectProgress> reported = progress.getOrDefault(project.getUuid(), Map.of());
        Optional<ReportingPeriod> latest = scope.latest(reported.keySet());
        ProjectProgress last = latest.map(p -> reported.get(p.getUuid())).orElse(null);
        ProjectStatus status = last != null && last.status() != null && ProjectStatus.getByName(last.status()) != null
                ? ProjectStatus.getByName(last.status())
                : project.isSetStatus() ? project.getStatus() : null;
        Map<FundingSource, BigDecimal> allocated = new LinkedHashMap<>();
        Map<FundingSource, BigDecimal> paid = new LinkedHashMap<>();
        for (BudgetLine line : project.getBudgetLines()) {
            FundingSource source = line.getSource();
            if (source != null && line.getAmount() != null) {
                allocated.merge(source, line.getAmount(), BigDecimal::add);
            }
        }
        disbursed.forEach((key, amount) -> {
            if (key.project().equals(project.getUuid())) {
                FundingSource source = allocated.keySet().stream()
                        .filter(s -> key.fundingSource().equals(s.getUuid()))
                        .findFirst()
                        .orElseGet(() -> PlanLinks.find(project, key.fundingSource(), FundingSource.class));
                if (source != null) { // an unknown source uuid cannot be labelled; the store's own checks report it
                    paid.merge(source, amount, BigDecimal::add);
                }
            }
        });
        return new ProjectResult(
                project, status, last == null ? null : last.percentComplete(), latest.orElse(null), allocated, paid);
    }
}
