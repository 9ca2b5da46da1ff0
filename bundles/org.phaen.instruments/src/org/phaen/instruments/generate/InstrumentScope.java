/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;

/**
 * What an instrument covers: a whole action plan, one project, or a set of indicators.
 * {@link #elements()} is stored as the instrument's scope, so regeneration finds it again.
 */
public record InstrumentScope(String code, List<? extends PlanElement> elements) {

    public static InstrumentScope actionPlan(ActionPlan plan) {
        return new InstrumentScope(plan.getCode(), List.of(plan));
    }

    public static InstrumentScope project(Project project) {
        return new InstrumentScope(project.getCode(), List.of(project));
    }

    public static InstrumentScope indicators(String code, List<Indicator> indicators) {
        return new InstrumentScope(code, List.copyOf(indicators));
    }

    /** The projects in scope: those of the action plans, and the projects named directly. */
    public List<Project> projects() {
        List<Project> projects = new ArrayList<>();
        for (PlanElement element : elements) {
            if (element instanceof ActionPlan plan) {
                projects.addAll(plan.getProjects());
            } else if (element instanceof Project project) {
                projects.add(project);
            }
        }
        return projects;
    }

    /** The indicators in scope: named directly, or those of the projects (own and measured-by). */
    public List<Indicator> indicators() {
        Set<Indicator> indicators = new LinkedHashSet<>();
        for (PlanElement element : elements) {
            if (element instanceof Indicator indicator) {
                indicators.add(indicator);
            }
        }
        for (Project project : projects()) {
            indicators.addAll(project.getIndicators());
            indicators.addAll(project.getMeasuredBy());
        }
        return List.copyOf(indicators);
    }
}
