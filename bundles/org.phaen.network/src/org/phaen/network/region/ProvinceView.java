/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.util.List;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.StrategicPlan;

/**
 * One province as the region sees it: its office, its education plan, the fiscal year's action plans and the
 * monitoring plan, and the reporting period the regional report looks at (the province's period of the same code).
 */
public record ProvinceView(
        Organization office,
        StrategicPlan plan,
        List<ActionPlan> actionPlans,
        MonitoringPlan monitoring,
        ReportingPeriod period) {

    public List<Project> projects() {
        return actionPlans.stream().flatMap(a -> a.getProjects().stream()).toList();
    }

    public String label() {
        return office == null ? plan.getCode() : office.getCode();
    }
}
