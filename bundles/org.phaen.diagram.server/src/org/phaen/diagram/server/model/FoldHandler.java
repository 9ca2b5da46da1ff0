/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

/**
 * Folding from the client (toolbar, key F): the nodes named fold, or unfold when folded; the diagram is built and
 * laid out again without what they hide (Folding) and sent. Folding is the view's, not the plan's: nothing is
 * written, no command is on the undo stack.
 */
public class FoldHandler extends AbstractActionHandler<FoldHandler.Fold> {

    /** Fold or unfold these nodes (ids {@code uuid/mapping}). */
    public static final class Fold extends Action {
        public static final String KIND = "phaenFold";

        private List<String> elementIds = new ArrayList<>();

        public Fold() {
            super(KIND);
        }

        public List<String> getElementIds() {
            return elementIds;
        }
    }

    @Inject
    protected PlanModelState state;

    @Inject
    protected ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(Fold action) {
        if (action.getElementIds() == null || action.getElementIds().isEmpty()) {
            return none();
        }
        // Only nodes drawn now: a stale or foreign id must not wait in the folded set.
        action.getElementIds().stream()
                .filter(id -> state.graph() != null && state.graph().node(id) != null)
                .forEach(state::toggleFolded);
        return submission.submitModel();
    }
}
