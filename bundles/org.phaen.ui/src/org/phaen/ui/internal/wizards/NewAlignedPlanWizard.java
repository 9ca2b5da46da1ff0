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
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.INewWizard;
import org.phaen.exchange.derive.AlignedPlanDraft;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.Messages;

/**
 * File > New > Provincial Plan Aligned to a Regional Plan: the regional plan's issues, goals, indicators and
 * strategies copied into a new provincial plan, each aligned to its source, saved in the Plans project and opened.
 */
public final class NewAlignedPlanWizard extends PlanFileWizard<NewAlignedPlanPage> implements INewWizard {

    public NewAlignedPlanWizard() {
        super(Messages.AlignedPlan_title, new NewAlignedPlanPage());
    }

    @Override
    Path write(NewAlignedPlanPage page) throws IOException, CoreException {
        Path file = NewPlanFiles.target(page.fileName.getText(), page);
        if (file == null) {
            return null;
        }
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel upperModel = PlanFiles.load(set, WorkspacePlans.location(page.upper.selected()));
        StrategicPlan upper = AlignedPlanDraft.planToAlignTo(upperModel).orElse(null);
        if (upper == null) {
            page.setErrorMessage(Messages.AlignedPlan_noStrategicPlan);
            return null;
        }
        PlanModel draft = AlignedPlanDraft.from(
                upper, page.name.getText().strip(), page.code.getText().strip(), PlanLevel.PROVINCIAL_EDUCATION_PLAN);
        PlanFiles.saveAs(draft, set, file);
        return file;
    }
}
