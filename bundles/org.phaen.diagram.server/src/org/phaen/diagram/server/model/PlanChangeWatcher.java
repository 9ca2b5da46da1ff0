/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import java.util.EventObject;
import java.util.List;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

/**
 * Edits made elsewhere on the plan's command stack (the form, the tree, the Properties view, another diagram) show in
 * this diagram at once: the stack's listener asks for a refresh, which the session's dispatcher runs in turn with the
 * diagram's own actions. Changes the diagram made itself are already sent by GLSP.
 */
public class PlanChangeWatcher implements SourceModelWatcher, ClientSessionListener {

    /** Rebuild and send the diagram (handled on the server, never sent to the client). */
    public static final class Refresh extends Action {
        public static final String KIND = "phaenRefresh";

        public Refresh() {
            super(KIND);
        }
    }

    public static final class RefreshHandler extends AbstractActionHandler<Refresh> {
        @Inject
        protected ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(Refresh action) {
            return submission.submitModel();
        }
    }

    @Inject
    protected PlanModelState state;

    @Inject
    protected ActionDispatcher dispatcher;

    private final CommandStackListener listener = this::stackChanged;

    /** Stops listening when the client goes (a closed editor or browser tab). */
    @Inject
    public PlanChangeWatcher(ClientSessionManager sessions, @ClientId String clientId) {
        sessions.addListener(this, clientId);
    }

    @Override
    public void sessionDisposed(ClientSession session) {
        stopWatching();
    }

    @Override
    public void startWatching() {
        state.domain().getCommandStack().addCommandStackListener(listener);
    }

    @Override
    public void stopWatching() {
        if (state.domain() != null) {
            state.domain().getCommandStack().removeCommandStackListener(listener);
        }
    }

    private void stackChanged(EventObject event) {
        if (!state.isApplying()) {
            dispatcher.dispatch(new Refresh());
        }
    }
}
