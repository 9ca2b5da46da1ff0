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
