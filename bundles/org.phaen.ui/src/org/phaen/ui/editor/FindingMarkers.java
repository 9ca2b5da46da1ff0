/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.phaen.ui.problems.ProblemMarkers;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;

/**
 * A whole validation's findings written as the file's markers off the UI thread (hundreds of markers took a tenth of
 * the UI thread's time while a 100,000-object plan opened). One at a time per file (the file is the job's rule); the
 * editor waits for it before it writes the markers of an edit, so these never overwrite newer ones.
 */
final class FindingMarkers extends Job {

    private final IFile file;
    private final List<Finding> findings;
    private final Language language;

    FindingMarkers(IFile file, List<Finding> findings, Language language) {
        super("Problems of " + file.getName());
        this.file = file;
        this.findings = findings;
        this.language = language;
        setSystem(true);
        setRule(file);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            ProblemMarkers.replaceAll(file, findings, language);
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        }
    }

    /** Tests wait for these with the whole validations. */
    @Override
    public boolean belongsTo(Object family) {
        return family == WholeValidation.FAMILY;
    }

    /** Waits until the markers are written (or the job was cancelled before it ran). */
    void await() {
        try {
            join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
