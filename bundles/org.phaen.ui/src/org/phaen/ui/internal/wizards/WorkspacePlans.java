/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.problems.PlanWorkspace;

/** The plan files of the Plans project, for the wizards' choosers; loading them together lets links resolve. */
final class WorkspacePlans {

    private WorkspacePlans() {}

    static List<IFile> files() throws CoreException {
        List<IFile> files = new ArrayList<>();
        for (IResource member : PlanWorkspace.plansProject().members()) {
            // A link whose file was moved or deleted is no plan to offer.
            if (member instanceof IFile file
                    && "phaen".equals(file.getFileExtension())
                    && file.getLocation() != null
                    && file.getLocation().toFile().isFile()) {
                files.add(file);
            }
        }
        return files;
    }

    /** The plan a wizard proposes: the plan file selected, else the plan of the active editor, else none (the first). */
    static String proposed(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null && selection.getFirstElement() instanceof IFile file) {
            return file.getName();
        }
        IEditorPart editor = workbench.getActiveWorkbenchWindow() == null
                ? null
                : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (editor instanceof PlanEditor planEditor) {
            try {
                return PlanWorkspace.fileFor(planEditor.openPlan().file()).getName();
            } catch (CoreException e) {
                ILog.of(WorkspacePlans.class).log(e.getStatus()); // the chooser proposes the first plan
                return null;
            }
        }
        return null;
    }

    static Path location(IFile file) {
        return Path.of(file.getLocationURI());
    }

    /** Loads every workspace plan not yet in the set (unreadable ones are skipped: their editor says why). */
    static void loadAll(ResourceSet set) throws CoreException {
        for (IFile file : files()) {
            Path path = location(file);
            if (set.getResource(URI.createFileURI(path.toAbsolutePath().toString()), false) == null) {
                try {
                    PlanFiles.load(set, path);
                } catch (PlanLoadException e) {
                    // not a candidate to align to; nothing else depends on it
                }
            }
        }
    }
}
