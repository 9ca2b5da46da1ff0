/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.IWorkbenchPartSite;

/** Drag sources and drop targets of the navigator's tree; the drop's meaning is {@link NavigatorDrop}'s. */
final class NavigatorDragAndDrop {

    private static final Transfer[] TRANSFERS = {LocalSelectionTransfer.getTransfer()};

    private NavigatorDragAndDrop() {}

    static void install(TreeViewer viewer, IWorkbenchPartSite site) {
        viewer.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                ITreeSelection selection = viewer.getStructuredSelection() instanceof ITreeSelection s ? s : null;
                event.doit = selection != null && selection.getPaths().length == 1;
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, TRANSFERS, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                TreePath dragged = dragged();
                return dragged != null && getCurrentLocation() == LOCATION_ON && NavigatorDrop.allowed(dragged, target);
            }

            @Override
            public boolean performDrop(Object data) {
                try {
                    return NavigatorDrop.perform(site.getPage(), dragged(), getCurrentTarget());
                } catch (CoreException e) {
                    MessageDialog.openError(
                            site.getShell(),
                            site.getRegisteredName(),
                            e.getStatus().getMessage());
                    return false;
                }
            }
        });
    }

    private static TreePath dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof ITreeSelection s
                        && s.getPaths().length == 1
                ? s.getPaths()[0]
                : null;
    }
}
