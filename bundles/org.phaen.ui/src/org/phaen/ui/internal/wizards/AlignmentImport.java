/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.phaen.exchange.alignment.AlignmentCandidates;
import org.phaen.exchange.alignment.AlignmentChanges;
import org.phaen.exchange.alignment.AlignmentSheetReader;
import org.phaen.ui.editor.OpenPlan;

/** An alignment sheet read into an open plan: all or nothing, one command on the editor's stack. */
public final class AlignmentImport {

    public record Outcome(AlignmentChanges.Counts counts, List<String> problems) {}

    private AlignmentImport() {}

    public static Outcome into(OpenPlan plan, Path sheet) throws IOException, CoreException {
        // The plans rows may align to: every workspace plan, loaded beside the open one so links resolve to them.
        WorkspacePlans.loadAll(plan.domain().getResourceSet());
        AlignmentSheetReader.Result result =
                new AlignmentSheetReader(new AlignmentCandidates(plan.model())).read(sheet, plan.model());
        if (!result.problems().isEmpty()) {
            return new Outcome(new AlignmentChanges.Counts(0, 0, 0), result.problems());
        }
        if (!AlignmentChanges.count(result.wanted()).any()) {
            return new Outcome(
                    new AlignmentChanges.Counts(0, 0, 0), List.of()); // nothing to do: no command, no dirty mark
        }
        AlignmentChanges.Counts[] counts = {null};
        ChangeCommand command = new ChangeCommand(plan.model().eResource()) {
            @Override
            protected void doExecute() {
                counts[0] = AlignmentChanges.apply(result.wanted());
            }
        };
        plan.domain().getCommandStack().execute(command);
        return new Outcome(counts[0], List.of());
    }
}
