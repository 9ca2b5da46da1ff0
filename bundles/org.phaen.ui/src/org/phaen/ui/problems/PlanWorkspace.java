/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Plan files as workspace resources, which markers (the Problems view) need. A file outside the workspace is
 * linked into the "Plans" project under its own name, so it stays where the planner keeps it.
 */
public final class PlanWorkspace {

    public static final String PROJECT = "Plans";

    private PlanWorkspace() {}

    public static IFile fileFor(Path file) throws CoreException {
        Path absolute = file.toAbsolutePath().normalize();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = plansProject();
        project.refreshLocal(IResource.DEPTH_ONE, null); // plan files copied into its folder from outside
        for (IFile known : root.findFilesForLocationURI(absolute.toUri())) {
            if (known.exists()) {
                return known;
            }
        }
        String name = absolute.getFileName().toString();
        IFile link = project.getFile(name);
        for (int n = 2; link.exists(); n++) { // another folder's plan of the same name is already linked
            link = project.getFile(name.replaceFirst("\\.phaen$", "") + " (" + n + ").phaen");
        }
        link.createLink(absolute.toUri(), IResource.NONE, null);
        return link;
    }

    /** The workspace's "Plans" project, created on first use over whatever plan files its folder already holds. */
    public static IProject plansProject() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        } else if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }
}
