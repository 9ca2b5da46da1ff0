/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import java.util.Collection;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;

/** Validation findings as Problems-view markers on the plan's file: one per finding, with its rule and element. */
public final class ProblemMarkers {

    public static final String TYPE = "org.phaen.ui.problem";
    public static final String RULE = "phaenRule";
    public static final String ELEMENT = "phaenElement";

    private ProblemMarkers() {}

    /** All markers of the file from a whole validation. */
    public static void replaceAll(IFile file, Collection<Finding> findings, Language language) throws CoreException {
        run(monitor -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (Finding finding : findings) {
                create(file, finding, language);
            }
        });
    }

    /** The markers of some elements (by uuid), after live validation checked them again. */
    public static void replaceFor(IFile file, Set<String> elementUuids, Collection<Finding> findings, Language language)
            throws CoreException {
        run(monitor -> {
            for (IMarker marker : file.findMarkers(TYPE, true, IResource.DEPTH_ZERO)) {
                if (elementUuids.contains(marker.getAttribute(ELEMENT, ""))) {
                    marker.delete();
                }
            }
            for (Finding finding : findings) {
                create(file, finding, language);
            }
        });
    }

    public static void clear(IFile file) throws CoreException {
        if (file.exists()) {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        }
    }

    private static void create(IFile file, Finding finding, Language language) throws CoreException {
        IMarker marker = file.createMarker(TYPE);
        marker.setAttributes(
                new String[] {IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LOCATION, RULE, ELEMENT}, new Object[] {
                    severity(finding),
                    finding.ruleId() + " " + finding.message(language),
                    finding.elementLabel(),
                    finding.ruleId(),
                    finding.elementUuid()
                });
    }

    private static int severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    /** One workspace operation, so the Problems view updates once. */
    private static void run(org.eclipse.core.resources.IWorkspaceRunnable work) throws CoreException {
        ResourcesPlugin.getWorkspace().run(work, null, IWorkspace.AVOID_UPDATE, null);
    }
}
