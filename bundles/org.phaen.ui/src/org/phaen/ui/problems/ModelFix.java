/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.phaen.ui.Messages;

/**
 * A quick fix that edits the plan: it opens (or finds) the plan's editor and runs one command on its command
 * stack, so the fix can be undone and live validation removes the marker.
 */
final class ModelFix implements IMarkerResolution2 {

    enum Kind {
        UNIQUE_CODE,
        NEW_CODE,
        ROUND_TO_SATANG
    }

    private final IMarker marker;
    private final Kind kind;

    ModelFix(IMarker marker, Kind kind) {
        this.marker = marker;
        this.kind = kind;
    }

    @Override
    public String getLabel() {
        return switch (kind) {
            case UNIQUE_CODE -> Messages.QuickFix_uniqueCode;
            case NEW_CODE -> Messages.QuickFix_newCode;
            case ROUND_TO_SATANG -> Messages.QuickFix_roundToSatang;
        };
    }

    @Override
    public String getDescription() {
        return marker.getAttribute(IMarker.MESSAGE, "");
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker problem) {
        try {
            IEditorPart editor = IDE.openEditor(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), problem);
            if (editor instanceof IEditingDomainProvider provider) {
                apply(provider.getEditingDomain(), problem.getAttribute(ProblemMarkers.ELEMENT, ""));
            }
        } catch (CoreException e) {
            MessageDialog.openError(null, getLabel(), e.getMessage());
        }
    }

    /** Runs the fix on the element with that uuid in the domain's first resource; false when there is nothing to do. */
    boolean apply(EditingDomain domain, String elementUuid) {
        EObject element = domain.getResourceSet().getResources().get(0).getEObject(elementUuid);
        Command command = element == null
                ? null
                : switch (kind) {
                    case UNIQUE_CODE, NEW_CODE -> CodeFixes.uniqueCode(domain, element);
                    case ROUND_TO_SATANG -> CodeFixes.roundToSatang(domain, element);
                };
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }
}
