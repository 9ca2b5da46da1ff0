/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.form;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Remembers the commands the form ran, so the editor can tell them from edits made in the tree: the tree follows
 * its own edits to the elements they touched, while the form keeps showing the element being filled in.
 */
final class FormEdits {

    private final CommandStack stack;
    private Command last;

    FormEdits(CommandStack stack) {
        this.stack = stack;
    }

    void run(Runnable edit) {
        Command before = stack.getMostRecentCommand();
        edit.run();
        Command after = stack.getMostRecentCommand();
        if (after != before) {
            last = after;
        }
    }

    boolean ran(Command command) {
        return command != null && command == last;
    }
}
