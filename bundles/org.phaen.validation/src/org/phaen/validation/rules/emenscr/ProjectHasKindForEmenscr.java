/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-012: eMENSCR asks whether the entry is a project or an ongoing operation (M1). */
public final class ProjectHasKindForEmenscr extends EmenscrField {

    public ProjectHasKindForEmenscr() {
        super("PH-EMN-012");
    }

    @Override
    boolean missing(Project project) {
        return !project.isSetProjectKind();
    }
}
