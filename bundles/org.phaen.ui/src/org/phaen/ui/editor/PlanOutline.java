/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.phaen.model.Identified;
import org.phaen.ui.internal.edit.ItemLabelProvider;
import org.phaen.ui.navigator.PlanStructure;

/** The Outline of a plan: its structure (issues, goals, strategies, projects, instruments); a click selects the element in the editor. */
final class PlanOutline extends ContentOutlinePage {

    private final PlanEditor editor;

    PlanOutline(PlanEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        PlanStructure structure =
                new PlanStructure(() -> editor.openPlan().domain().getResourceSet());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return structure.children(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                return structure.children(parent);
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof EObject o ? o.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return structure.children(element).length > 0;
            }
        });
        viewer.setLabelProvider(new ItemLabelProvider(editor.openPlan().adapterFactory()));
        viewer.setInput(editor.openPlan().model());
        TreeExpansion.expand(viewer, 2);
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Identified element) {
                editor.select(element.getUuid());
            }
        });
    }

    TreeViewer viewer() {
        return getTreeViewer();
    }

    /** Follows the model after each change. */
    void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh();
        }
    }
}
