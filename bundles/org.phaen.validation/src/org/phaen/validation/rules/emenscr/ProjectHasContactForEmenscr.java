/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-003: eMENSCR asks who is responsible for the project and how to reach them (M1). */
public final class ProjectHasContactForEmenscr extends EmenscrField {

    public ProjectHasContactForEmenscr() {
        super("PH-EMN-003");
    }

    @Override
    boolean missing(Project project) {
        return project.getResponsiblePerson() == null;
    }
}
