/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-008: eMENSCR asks the project's budget by funding source (M4): budget lines with an amount and a source. */
public final class ProjectHasBudgetBySourceForEmenscr extends EmenscrField {

    public ProjectHasBudgetBySourceForEmenscr() {
        super("PH-EMN-008");
    }

    @Override
    boolean missing(Project project) {
        return project.getBudgetLines().stream().noneMatch(l -> l.getAmount() != null && l.getSource() != null);
    }
}
