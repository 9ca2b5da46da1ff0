/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-015: eMENSCR asks the project's spending plan by quarter or month (M4): entries with a period and an amount. */
public final class ProjectHasSpendingPlanForEmenscr extends EmenscrField {

    public ProjectHasSpendingPlanForEmenscr() {
        super("PH-EMN-015");
    }

    @Override
    boolean missing(Project project) {
        return project.getSpendingPlan().stream().noneMatch(e -> e.isSetPeriodKind() && e.getAmount() != null);
    }
}
