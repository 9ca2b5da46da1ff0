/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

/**
 * GLSP's model submission, which ends with its client. GLSP 2.3.0 starts a thread for each client's live validation
 * (a {@link org.eclipse.glsp.server.utils.Debouncer} on a scheduled executor of its own) and never stops it: every
 * diagram opened left one parked thread behind. This stops it when the client session goes.
 */
@Singleton
public class PlanModelSubmission extends ModelSubmissionHandler implements ClientSessionListener {

    @Inject
    public PlanModelSubmission(ClientSessionManager sessions, @ClientId String clientId) {
        sessions.addListener(this, clientId);
    }

    @Override
    public void sessionDisposed(ClientSession session) {
        if (liveValidationDebouncer != null) {
            liveValidationDebouncer.dispose();
        }
    }
}
