/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-001: eMENSCR identifies a project by its code (M1). */
public final class ProjectHasCodeForEmenscr extends EmenscrField {

    public ProjectHasCodeForEmenscr() {
        super("PH-EMN-001");
    }

    @Override
    boolean missing(Project project) {
        return blank(project.getCode());
    }
}
