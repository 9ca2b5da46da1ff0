/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-013: eMENSCR asks the budget programme (แผนงาน) of the budget act that funds the project (M4). */
public final class ProjectHasBudgetProgrammeForEmenscr extends EmenscrField {

    public ProjectHasBudgetProgrammeForEmenscr() {
        super("PH-EMN-013");
    }

    @Override
    boolean missing(Project project) {
        return !project.isSetBudgetProgramme();
    }
}
