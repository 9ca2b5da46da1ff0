/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import com.google.inject.Inject;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.phaen.diagram.server.model.Elements;
import org.phaen.diagram.server.model.PlanModelState;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;

/** Renaming a node in place sets the element's (Thai) name, as the tree's F2 does. */
public class RenameHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

    @Inject
    protected PlanModelState state;

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        String text = operation.getText() == null ? "" : operation.getText().strip();
        if (!(Elements.ofNode(state, operation.getLabelId()) instanceof Named named)
                || text.isEmpty()
                || text.equals(named.getName())) {
            return doNothing();
        }
        return Optional.of(SetCommand.create(state.domain(), named, PhaenPackage.Literals.NAMED__NAME, text));
    }
}
