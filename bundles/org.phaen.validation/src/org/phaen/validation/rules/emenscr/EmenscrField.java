/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.ActionPlan;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * A field every project of an action plan must have for its eMENSCR entry (the national strategy monitoring
 * system's project form, screens M1-M5): a warning naming the field on each project that lacks it, so the
 * planner fills it in Phaen rather than typing it into eMENSCR.
 */
abstract class EmenscrField extends AbstractRule<Project> {

    EmenscrField(String id) {
        super(id, Severity.WARNING, Project.class);
    }

    /** Whether the project lacks the field. */
    abstract boolean missing(Project project);

    @Override
    protected final void verify(Project project, RuleContext context, Findings findings) {
        if (project.eContainer() instanceof ActionPlan && missing(project)) {
            findings.report(project);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
