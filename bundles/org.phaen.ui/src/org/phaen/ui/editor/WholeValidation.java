/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;
import org.phaen.validation.ValidationReport;

/**
 * One whole validation of an open plan, off the UI thread. It only reads the plan, with a rule context of its own; an
 * edit made meanwhile may make it fail or its findings stale, which its caller finds out (it counts the edits) and
 * answers by running it again. Tests wait for the {@link #FAMILY}.
 */
public final class WholeValidation extends Job {

    /** The family of every editor's whole validation, for {@code Job.getJobManager().join(FAMILY, ...)}. */
    public static final Object FAMILY = WholeValidation.class;

    private final OpenPlan plan;
    private final PlanValidator validator;
    private final BiConsumer<ValidationReport, RuntimeException> done;

    /** {@code done} gets the report, or the failure, on the job's thread. */
    WholeValidation(
            OpenPlan plan, PlanValidator validator, String name, BiConsumer<ValidationReport, RuntimeException> done) {
        super("Validating " + name);
        this.plan = plan;
        this.validator = validator;
        this.done = done;
        setSystem(true);
        setPriority(DECORATE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ValidationReport report = null;
        RuntimeException failure = null;
        try {
            report = validator.validate(
                    List.of(plan.model().eResource()),
                    new RuleContext(plan.domain().getResourceSet()));
        } catch (RuntimeException e) { // e.g. a list an edit changed while it was read: the caller decides
            failure = e;
        }
        if (!monitor.isCanceled()) {
            done.accept(report, failure);
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
