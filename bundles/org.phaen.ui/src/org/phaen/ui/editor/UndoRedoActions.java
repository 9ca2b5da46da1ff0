/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.phaen.ui.Messages;

/** Edit > Undo and Redo for the editor's command stack, labelled with the command they would undo or redo. */
public final class UndoRedoActions {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };

    public UndoRedoActions(CommandStack stack) {
        this.stack = stack;
        undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
        redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
        update();
    }

    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** Called after every change of the stack. */
    public void update() {
        undo.setEnabled(stack.canUndo());
        redo.setEnabled(stack.canRedo());
        undo.setText(label(Messages.Action_undo, stack.getUndoCommand()));
        redo.setText(label(Messages.Action_redo, stack.getRedoCommand()));
    }

    private static String label(String verb, Command command) {
        String what = command == null ? null : command.getLabel();
        return what == null || what.isBlank() ? verb : verb + " " + what;
    }
}
