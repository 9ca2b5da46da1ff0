/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.INewWizard;
import org.phaen.model.PlanLevel;
import org.phaen.ui.Messages;
import org.phaen.ui.problems.PlanWorkspace;

/** File > New > Phaen plan: an empty plan or a copy of the samples in the Plans project, opened in the plan editor. */
public final class NewPlanWizard extends PlanFileWizard<NewPlanPage> implements INewWizard {

    public NewPlanWizard() {
        super(Messages.NewPlan_title, new NewPlanPage());
    }

    @Override
    Path write(NewPlanPage page) throws IOException, CoreException {
        if (page.fromSample.getSelection()) {
            return PlanTemplates.sample(Path.of(PlanWorkspace.plansProject().getLocationURI()));
        }
        Path file = NewPlanFiles.target(page.fileName.getText(), page);
        if (file != null) {
            PlanTemplates.empty(file, page.name.getText().strip(), PlanLevel.PROVINCIAL_EDUCATION_PLAN);
        }
        return file;
    }
}
