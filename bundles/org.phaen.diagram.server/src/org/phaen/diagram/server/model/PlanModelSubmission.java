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
