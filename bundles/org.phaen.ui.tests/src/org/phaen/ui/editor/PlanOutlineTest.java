/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Project;

/** The Outline shows the plan's structure and takes the editor to what is clicked there. */
class PlanOutlineTest extends SampleEditorTest {

    @Test
    void aProjectClickedInTheOutlineIsSelectedInTheEditor() throws Exception {
        openSample();
        TestWorkbench.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkbench.page().activate(editor);
        TestWorkbench.settle();
        PlanOutline outline = (PlanOutline) editor.getAdapter(IContentOutlinePage.class);
        ITreeContentProvider content = (ITreeContentProvider) outline.viewer().getContentProvider();
        Object[] top = content.getElements(editor.openPlan().model());
        assertTrue(
                Arrays.stream(top).anyMatch(MonitoringPlan.class::isInstance),
                "monitoring plans with their instruments");
        ActionPlan actionPlan = (ActionPlan) Arrays.stream(top)
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        Project project = (Project) content.getChildren(actionPlan)[1];
        outline.viewer().setSelection(new StructuredSelection(project), true);
        TestWorkbench.settle();
        assertEquals(project, editor.selection().getFirstElement());
    }
}
