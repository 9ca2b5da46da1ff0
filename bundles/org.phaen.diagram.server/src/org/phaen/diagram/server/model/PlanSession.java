/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.diagram.engine.StatusSource;

/**
 * A plan file opened for diagrams by one holder (a diagram editor, a test), made by {@link PlanSessions#register}:
 * the editing domain diagrams edit through, the thread that owns it (runs a task to its end there: the workbench's UI
 * thread, the caller's in tests) and the indicator statuses for the badges ({@link StatusSource#NONE} without a
 * store). {@link #close} releases it, so {@link PlanSessions} keeps no plan after the last holder has gone; a diagram
 * client already connected keeps what it was given until it disconnects.
 *
 * @param planFile the absolute, normalised path the session is registered under
 */
public record PlanSession(Path planFile, EditingDomain domain, Executor modelThread, StatusSource statuses)
        implements AutoCloseable {

    /** Releases the plan: diagrams opened after this no longer find it (unless another holder has it open). */
    @Override
    public void close() {
        PlanSessions.release(this);
    }
}
