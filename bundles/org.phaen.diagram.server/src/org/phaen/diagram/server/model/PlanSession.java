package org.phaen.diagram.server.model;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.diagram.engine.StatusSource;

/**
 * A plan file opened for diagrams by one holder (a diagram editor, a test): the editing domain diagrams edit
 * through, the thread that owns it and the indicator statuses for the badges. {@link #close} releases it, so
 * {@link PlanSessions} keeps no plan after the last holder has gone; a diagram client already connected keeps what it
 * was given until it disconnects.
 */
public final class PlanSession implements AutoCloseable {

    private final Path planFile;
    private final EditingDomain domain;
    private final Executor modelThread;
    private final StatusSource statuses;

    PlanSession(Path planFile, EditingDomain domain, Executor modelThread, StatusSource statuses) {
        this.planFile = planFile;
        this.domain = domain;
        this.modelThread = modelThread;
        this.statuses = statuses;
    }

    /** The absolute, normalised path the session is registered under. */
    public Path planFile() {
        return planFile;
    }

    public EditingDomain domain() {
        return domain;
    }

    /** Runs a task to its end on the thread that owns the plan (the workbench's UI thread; the caller's in tests). */
    public Executor modelThread() {
        return modelThread;
    }

    /** The indicators' latest statuses, {@link StatusSource#NONE} when no store was connected. */
    public StatusSource statuses() {
        return statuses;
    }

    /** Releases the plan: diagrams opened after this no longer find it (unless another holder has it open). */
    @Override
    public void close() {
        PlanSessions.release(this);
    }
}
