/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-ALN-001: a project must implement at least one strategy, or nothing ties it to the plan. */
public final class ProjectImplementsStrategy extends AbstractRule<Project> {

    public ProjectImplementsStrategy() {
        super("PH-ALN-001", Severity.ERROR, Project.class);
    }

    @Override
    protected void verify(Project project, RuleContext context, Findings findings) {
        if (project.getImplementsStrategies().isEmpty()) {
            findings.report(project);
        }
    }
}
