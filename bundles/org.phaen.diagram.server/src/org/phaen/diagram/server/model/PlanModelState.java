/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.notation.Notation;
import org.phaen.model.PlanModel;

/**
 * A diagram client's state: the plan it shows and the domain whose command stack every diagram edit runs on (so
 * GLSP's undo and redo are the plan editor's), the description that turns the plan into the diagram, the
 * notation file's hand-placed positions, and the graph last sent.
 */
public class PlanModelState extends DefaultGModelState {

    private PlanSession session;
    private DiagramDescription description;
    private Notation notation;
    private DiagramGraph graph;
    private final Set<String> folded = new LinkedHashSet<>();
    private double aspectRatio = ElkLayout.ASPECT_RATIO;
    private volatile boolean applying;

    /** Keeps the session for this client's life: the registry may forget the plan before the client disconnects. */
    void open(PlanSession session, DiagramDescription description, Notation notation) {
        this.session = session;
        this.description = description;
        this.notation = notation;
        setCommandStack(session.domain().getCommandStack());
    }

    @Override
    protected void setCommandStack(org.eclipse.emf.common.command.CommandStack stack) {
        // The shared stack is not ours to flush when the client connects.
        this.commandStack = stack;
    }

    /** The diagram's own commands, undo and redo: GLSP sends their result itself. */
    @Override
    public void execute(org.eclipse.emf.common.command.Command command) {
        applying(() -> onModelThread(() -> super.execute(command)));
    }

    @Override
    public void undo() {
        applying(() -> onModelThread(super::undo));
    }

    @Override
    public void redo() {
        applying(() -> onModelThread(super::redo));
    }

    /** Reads the plan on the thread that owns it (see {@link PlanSession#modelThread}), returning what was read. */
    public <T> T read(Supplier<T> reading) {
        List<T> result = new ArrayList<>(1);
        onModelThread(() -> result.add(reading.get()));
        return result.get(0);
    }

    private void onModelThread(Runnable task) {
        session.modelThread().execute(task);
    }

    /** True while the diagram itself changes the plan. */
    public boolean isApplying() {
        return applying;
    }

    private void applying(Runnable change) {
        applying = true;
        try {
            change.run();
        } finally {
            applying = false;
        }
    }

    /** Null until the client asked for its model. */
    public EditingDomain domain() {
        return session == null ? null : session.domain();
    }

    public PlanModel plan() {
        return PlanSessions.planOf(domain());
    }

    public Path planFile() {
        return session.planFile();
    }

    PlanSession session() {
        return session;
    }

    /** The badges' indicator statuses. */
    public StatusSource statuses() {
        return session.statuses();
    }

    public DiagramDescription description() {
        return description;
    }

    public Notation notation() {
        return notation;
    }

    public DiagramGraph graph() {
        return graph;
    }

    /** Width / height of the client's drawing area: the layout packs the diagram's parts toward it. */
    public double aspectRatio() {
        return aspectRatio;
    }

    void setAspectRatio(double aspectRatio) {
        this.aspectRatio = aspectRatio;
    }

    /** The nodes folded in this client's view (ids {@code uuid/mapping}): the view's, never written to the plan. */
    public Set<String> folded() {
        return folded;
    }

    void toggleFolded(String nodeId) {
        if (!folded.remove(nodeId)) {
            folded.add(nodeId);
        }
    }

    void setGraph(DiagramGraph graph) {
        this.graph = graph;
    }
}
