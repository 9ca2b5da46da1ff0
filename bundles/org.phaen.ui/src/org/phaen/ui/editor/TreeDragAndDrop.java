/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.util.Collection;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Moving elements in the tree by drag and drop, where the model allows it (a project to another action plan, a
 * strategy to another issue): EMF.Edit's DragAndDropCommand decides what a drop means and whether it is allowed,
 * and runs as one undoable command.
 */
final class TreeDragAndDrop {

    private static final Transfer[] TRANSFERS = {LocalSelectionTransfer.getTransfer()};

    private TreeDragAndDrop() {}

    static void install(TreeViewer viewer, EditingDomain domain) {
        viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, TRANSFERS, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, TRANSFERS, new ViewerDropAdapter(viewer) {
            private Command prepared;

            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                prepared = command(domain, target, location(getCurrentLocation()), operation, dragged());
                return prepared != null && prepared.canExecute();
            }

            @Override
            public boolean performDrop(Object data) {
                if (prepared == null || !prepared.canExecute()) {
                    return false;
                }
                domain.getCommandStack().execute(prepared);
                prepared = null;
                return true;
            }
        });
    }

    /** The command a drop would run, or null: {@code location} 0-1 within the target row (0.5: onto it). */
    static Command command(EditingDomain domain, Object target, float location, int operation, Collection<?> dragged) {
        if (target == null || dragged == null || dragged.isEmpty() || dragged.contains(target)) {
            return null;
        }
        int op = operation == DND.DROP_COPY ? DragAndDropFeedback.DROP_COPY : DragAndDropFeedback.DROP_MOVE;
        return DragAndDropCommand.create(
                domain, target, location, DragAndDropFeedback.DROP_MOVE | DragAndDropFeedback.DROP_COPY, op, dragged);
    }

    private static float location(int where) {
        return switch (where) {
            case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
            case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
    }

    private static Collection<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s
                ? s.toList()
                : null;
    }
}
