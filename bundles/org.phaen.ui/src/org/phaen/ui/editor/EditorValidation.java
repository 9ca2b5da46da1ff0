/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.phaen.model.Identified;
import org.phaen.ui.problems.ProblemMarkers;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.ValidationReport;

/**
 * The editor's validation: everything when the plan opens and when it is saved, in a background job so the editor
 * is usable meanwhile (a 100,000-object plan takes seconds on a loaded machine), and after each edit only what the
 * edit can affect (the validation bundle's incremental API), shown as markers in the Problems view. A whole
 * validation the plan changed under is thrown away and run again.
 */
final class EditorValidation {

    private final OpenPlan plan;
    private final IFile file;
    private final Display display;
    private final Language language = Platform.getNL() != null
                    && Platform.getNL().toLowerCase(Locale.ROOT).startsWith("th")
            ? Language.TH
            : Language.EN;
    private static final int SLICE_MS = 20;

    private final PlanValidator validator = PlanValidator.withAllRules();
    private final LiveValidation live;
    /** Commands executed, undone or redone since the plan opened: tells a whole validation the plan changed. */
    private int edits;
    /** Whole validations' reports taken so far: the latest one's adapting goes on, an older one's stops. */
    private int taking;

    private final CommandStackListener counter = event -> edits++;
    private WholeValidation running;
    private FindingMarkers writing;
    private boolean following;
    private boolean disposed;

    EditorValidation(OpenPlan plan, IFile file, Display display) {
        this.plan = plan;
        this.file = file;
        this.display = display;
        this.live = new LiveValidation(
                validator, plan.domain().getResourceSet(), List.of(plan.model().eResource()));
        plan.domain().getCommandStack().addCommandStackListener(counter);
    }

    /** Validates the whole plan in the background; its markers appear when that ends. */
    void start() {
        validateWhole();
    }

    void afterSave() {
        validateWhole();
    }

    /** After a command: until the first whole validation is taken, that validation (run again) covers the edit. */
    void afterEdit() {
        if (!following) {
            return;
        }
        writing.await(); // the whole validation's markers first, so the edit's are not overwritten
        Set<EObject> changed = live.revalidate();
        if (!changed.isEmpty()) {
            List<Finding> now = new ArrayList<>();
            changed.forEach(e -> now.addAll(live.findingsOf(e)));
            Set<String> uuids = changed.stream()
                    .map(e -> e instanceof Identified i
                            ? i.getUuid()
                            : EcoreUtil.getURI(e).fragment())
                    .collect(Collectors.toSet());
            try {
                ProblemMarkers.replaceFor(file, uuids, now, language);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    void dispose() {
        disposed = true;
        if (running != null) {
            running.cancel();
        }
        plan.domain().getCommandStack().removeCommandStackListener(counter);
        live.dispose();
        if (writing != null && !writing.cancel()) {
            // Still writing: cleared after it (waiting here could deadlock when a workspace change closes the editor).
            new FindingMarkers(file, List.of(), language).schedule();
            return;
        }
        try {
            ProblemMarkers.clear(file);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void validateWhole() {
        if (running != null) {
            running.cancel();
        }
        int at = edits;
        running = new WholeValidation(
                plan,
                validator,
                file.getName(),
                (report, failure) -> display.asyncExec(() -> {
                    if (!disposed) {
                        finished(at, report, failure);
                    }
                }));
        running.schedule();
    }

    /** On the UI thread: the findings are taken only if no command changed the plan while they were made. */
    private void finished(int at, ValidationReport report, RuntimeException failure) {
        if (at != edits) {
            validateWhole();
            return;
        }
        if (failure != null) {
            ILog.of(getClass()).error("validating " + file.getName() + " failed", failure);
            return;
        }
        adaptInSteps(++taking, at, report, new ArrayDeque<>(live.parts()));
    }

    /**
     * Live validation's adapters go onto the plan a slice of {@value #SLICE_MS} ms at a time, between the UI's events:
     * at once they held a 100,000-object plan's editor up for hundreds of milliseconds. An edit made meanwhile is not
     * followed by them, so then the whole validation runs again. A newer report being taken ends this one's steps.
     */
    private void adaptInSteps(int turn, int at, ValidationReport report, Deque<EObject> parts) {
        if (turn != taking) {
            return;
        }
        long until = System.nanoTime() + SLICE_MS * 1_000_000L;
        while (!parts.isEmpty() && System.nanoTime() < until) {
            live.adapt(parts.poll());
        }
        if (!parts.isEmpty()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    adaptInSteps(turn, at, report, parts);
                }
            });
            return;
        }
        if (at != edits) {
            validateWhole();
            return;
        }
        live.follow(report);
        following = true;
        if (writing != null) {
            writing.await();
        }
        writing = new FindingMarkers(file, report.findings(), language);
        writing.schedule();
    }
}
