/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-004: eMENSCR asks when the project starts and ends (M1). */
public final class ProjectHasPeriodForEmenscr extends EmenscrField {

    public ProjectHasPeriodForEmenscr() {
        super("PH-EMN-004");
    }

    @Override
    boolean missing(Project project) {
        return project.getStartDate() == null || project.getEndDate() == null;
    }
}
