/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;
import org.phaen.model.query.Sdgs;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-EMN-016: the SDGs a project names are among the seventeen (1-17); eMENSCR offers no other, and a number outside
 * them is a typing error (an error, not a missing field: one finding per wrong number).
 */
public final class ProjectSdgGoalsExist extends AbstractRule<Project> {

    public ProjectSdgGoalsExist() {
        super("PH-EMN-016", Severity.ERROR, Project.class);
    }

    @Override
    protected void verify(Project project, RuleContext context, Findings findings) {
        for (int number : Sdgs.unknown(project)) {
            findings.report(project, String.valueOf(number));
        }
    }
}
