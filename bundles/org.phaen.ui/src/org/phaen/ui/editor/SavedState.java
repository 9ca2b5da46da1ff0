/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Whether a plan editing domain ({@link OpenPlan#newDomain}) has changes to save: its command stack remembers the
 * command that was last when the plan was saved, so undoing back to it makes the plan clean again.
 */
public final class SavedState {

    private SavedState() {}

    /** The domain's present state is the one on disk. */
    public static void markSaved(EditingDomain domain) {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /** Whether the domain changed since it was last marked saved. */
    public static boolean isDirty(EditingDomain domain) {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }
}
