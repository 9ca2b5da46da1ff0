/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.phaen.exchange.workbook.PlanWorkbookReader;
import org.phaen.exchange.workbook.WorkbookImport;
import org.phaen.ui.editor.OpenPlan;

/**
 * An edited plan workbook read against a plan open in its editor (what 'phaen import-workbook --dry-run' lists), then
 * applied on the editor's stack as one command, so one Undo restores the plan as it was.
 */
public final class PlanWorkbookImport {

    private PlanWorkbookImport() {}

    /** What the workbook asks of the open plan: the changes, or the problems by sheet, row and column. Changes nothing. */
    public static WorkbookImport read(OpenPlan plan, Path workbook) throws IOException {
        return new PlanWorkbookReader(LocalDate.now()).read(workbook, plan.model());
    }

    /** Applies an accepted import as one undoable command; a workbook asking nothing leaves the plan clean. */
    public static void apply(OpenPlan plan, WorkbookImport changes) {
        if (!changes.accepted()) {
            throw new IllegalArgumentException("a workbook with problems is not applied");
        }
        if (changes.edits().isEmpty()) {
            return;
        }
        plan.domain().getCommandStack().execute(new ChangeCommand(plan.model().eResource()) {
            @Override
            protected void doExecute() {
                changes.apply();
            }
        });
    }
}
