/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.util.Set;
import java.util.TreeSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;

/**
 * What an office's package covers: the fiscal year's monitoring plan of its own plan file, the office (the owner of
 * the action plan it monitors) and the reporting periods within the chosen period, or all of them for the year.
 */
public record PackageScope(MonitoringPlan monitoring, Organization office, ReportingPeriod period) {

    /** The label a whole-year package carries in place of a period code. */
    public static final String YEAR = "year";

    /** @throws IllegalArgumentException naming what the plan lacks, in a sentence for the user */
    public static PackageScope of(PlanModel own, int fiscalYear, String periodCode) {
        MonitoringPlan monitoring = own.getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == fiscalYear)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the last plan file has no monitoring plan for fiscal year " + fiscalYear));
        Organization office = monitoring.getActionPlans().stream()
                .map(ActionPlan::getOwnerAgency)
                .filter(o -> o != null && !o.eIsProxy())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        monitoring.getCode() + " monitors no action plan with an owner agency: "
                                + "the package names its sending office by it"));
        ReportingPeriod period = null;
        if (periodCode != null && !periodCode.equals(YEAR)) {
            period = monitoring.getReportingPeriods().stream()
                    .filter(p -> periodCode.equals(p.getCode()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            monitoring.getCode() + " has no reporting period " + periodCode));
        }
        return new PackageScope(monitoring, office, period);
    }

    public String periodLabel() {
        return period == null ? YEAR : period.getCode();
    }

    /** The periods whose rows the package carries: those inside the chosen period. */
    public Set<String> periodUuids() {
        Set<String> uuids = new TreeSet<>();
        for (ReportingPeriod p : monitoring.getReportingPeriods()) {
            boolean inside = period == null
                    || p.getStartDate() != null
                            && p.getEndDate() != null
                            && period.getStartDate() != null
                            && !p.getStartDate().isBefore(period.getStartDate())
                            && !p.getEndDate().isAfter(period.getEndDate());
            if (inside) {
                uuids.add(p.getUuid());
            }
        }
        return uuids;
    }
}
