/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import java.util.stream.Stream;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.Project;

/** PH-EMN-007: eMENSCR asks the project's KPIs with their targets (M3): an indicator of the project, or one measuring it, with a target for its action plan's fiscal year. */
public final class ProjectHasKpiForEmenscr extends EmenscrField {

    public ProjectHasKpiForEmenscr() {
        super("PH-EMN-007");
    }

    @Override
    boolean missing(Project project) {
        return Stream.concat(project.getIndicators().stream(), project.getMeasuredBy().stream())
                .noneMatch(i -> hasTarget(i, ((ActionPlan) project.eContainer()).getFiscalYear()));
    }

    private static boolean hasTarget(Indicator indicator, int fiscalYear) {
        return indicator.getTargets().stream()
                .anyMatch(t -> t.getFiscalYear() == fiscalYear && (t.getValue() != null || !blank(t.getText())));
    }
}
