/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.diagram.description.Descriptions;
import org.phaen.ui.editor.PlanEditor;

/** Plan > Strategy Map / Alignment / Partner Network: the diagram of the plan in the active plan editor. */
public final class OpenDiagramHandler extends AbstractHandler {

    public static final String TYPE_PARAMETER = "org.phaen.diagram.ui.type";

    @Override
    public Object execute(ExecutionEvent event) {
        var window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            MessageDialog.openInformation(window.getShell(), Messages.Diagram_open, Messages.Diagram_openAPlan);
            return null;
        }
        String type = event.getParameter(TYPE_PARAMETER);
        try {
            open(window.getActivePage(), editor, type == null ? Descriptions.STRATEGY_MAP : type);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.Diagram_open, e.getMessage());
        }
        return null;
    }

    public static DiagramEditor open(org.eclipse.ui.IWorkbenchPage page, PlanEditor editor, String type)
            throws PartInitException {
        return (DiagramEditor)
                page.openEditor(new DiagramEditorInput(editor.openPlan().file(), type), DiagramEditor.ID);
    }
}
