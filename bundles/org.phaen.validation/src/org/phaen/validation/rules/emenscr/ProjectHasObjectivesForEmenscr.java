/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-005: eMENSCR asks the project's objectives (M3). */
public final class ProjectHasObjectivesForEmenscr extends EmenscrField {

    public ProjectHasObjectivesForEmenscr() {
        super("PH-EMN-005");
    }

    @Override
    boolean missing(Project project) {
        return project.getObjectives().stream().allMatch(EmenscrField::blank);
    }
}
