/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.StrategicPlan;

/**
 * The regional plan and the provincial plans loaded with it (the region's own file and the files received from
 * the provinces, in one resource set so their links resolve), for a fiscal year and a period code.
 */
public record RegionalPlans(StrategicPlan region, MonitoringPlan regionalMonitoring, List<ProvinceView> provinces) {

    /** @throws IllegalArgumentException when no regional plan is loaded */
    public static RegionalPlans of(ResourceSet set, int fiscalYear, String periodCode) {
        StrategicPlan region = null;
        MonitoringPlan regionalMonitoring = null;
        List<ProvinceView> provinces = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            for (EObject root : resource.getContents()) {
                if (!(root instanceof PlanModel model)) {
                    continue;
                }
                for (var document : model.getPlans()) {
                    if (document instanceof StrategicPlan plan
                            && plan.getLevel() == PlanLevel.REGIONAL_STRATEGIC_PLAN
                            && region == null) {
                        region = plan;
                        regionalMonitoring = monitoring(model, fiscalYear);
                    } else if (document instanceof StrategicPlan plan
                            && plan.getLevel() == PlanLevel.PROVINCIAL_EDUCATION_PLAN) {
                        provinces.add(province(model, plan, fiscalYear, periodCode));
                    }
                }
            }
        }
        if (region == null) {
            throw new IllegalArgumentException("no regional strategic plan among the plans given");
        }
        provinces.sort(Comparator.comparing(ProvinceView::label));
        return new RegionalPlans(region, regionalMonitoring, List.copyOf(provinces));
    }

    private static ProvinceView province(PlanModel model, StrategicPlan plan, int fiscalYear, String periodCode) {
        List<ActionPlan> actions = model.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .map(ActionPlan.class::cast)
                .filter(a -> a.getFiscalYear() == fiscalYear && a.getStrategicPlan() == plan)
                .toList();
        MonitoringPlan monitoring = monitoring(model, fiscalYear);
        ReportingPeriod period = monitoring == null || periodCode == null
                ? null
                : monitoring.getReportingPeriods().stream()
                        .filter(p -> periodCode.equals(p.getCode()))
                        .findFirst()
                        .orElse(null);
        Organization office =
                plan.getOwnerAgency() != null && !plan.getOwnerAgency().eIsProxy() ? plan.getOwnerAgency() : null;
        return new ProvinceView(office, plan, actions, monitoring, period);
    }

    private static MonitoringPlan monitoring(PlanModel model, int fiscalYear) {
        return model.getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == fiscalYear)
                .findFirst()
                .orElse(null);
    }

    /** The offices the region expects packages from: its monitoring plan's reporting agencies, else the provinces' offices. */
    public List<Organization> expectedOffices() {
        if (regionalMonitoring != null
                && !regionalMonitoring.getReportingAgencies().isEmpty()) {
            return List.copyOf(regionalMonitoring.getReportingAgencies());
        }
        return provinces.stream()
                .map(ProvinceView::office)
                .filter(o -> o != null)
                .toList();
    }
}
