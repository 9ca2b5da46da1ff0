/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-009: eMENSCR asks the project's activities and their schedule (M5). */
public final class ProjectHasActivitiesForEmenscr extends EmenscrField {

    public ProjectHasActivitiesForEmenscr() {
        super("PH-EMN-009");
    }

    @Override
    boolean missing(Project project) {
        return project.getActivities().isEmpty();
    }
}
