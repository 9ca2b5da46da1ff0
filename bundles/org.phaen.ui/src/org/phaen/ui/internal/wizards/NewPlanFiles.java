/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.phaen.ui.Messages;
import org.phaen.ui.problems.PlanWorkspace;

/** A plan file the wizards make in the Plans project: its name checked against the folder, then shown and opened. */
final class NewPlanFiles {

    private NewPlanFiles() {}

    /** Where a new plan of that name goes, or null (with the page saying so) when the name is taken. */
    static Path target(String fileName, WizardPage page) throws CoreException {
        Path file = Path.of(PlanWorkspace.plansProject().getLocationURI()).resolve(fileName.strip());
        if (Files.exists(file)) {
            page.setErrorMessage(Messages.bind(Messages.NewPlan_exists, file.getFileName()));
            return null;
        }
        return file;
    }

    /** The written file as a workspace file, opened in the plan editor. */
    static IFile open(Path file, IWorkbench workbench) throws CoreException, IOException {
        IProject project = PlanWorkspace.plansProject();
        project.refreshLocal(IResource.DEPTH_ONE, null);
        IFile created = project.getFile(file.getFileName().toString());
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
        }
        return created;
    }
}
