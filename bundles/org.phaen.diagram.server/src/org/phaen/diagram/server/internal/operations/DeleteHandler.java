/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.server.model.Elements;
import org.phaen.diagram.server.model.PlanModelState;
import org.phaen.diagram.server.model.ReferencePath;

/**
 * Deleting nodes deletes their elements (and every reference to them, as EMF.Edit's DeleteCommand does); deleting
 * an edge takes the link away (an implements, alignment or partnership), never the elements it joins.
 */
public class DeleteHandler extends BasicOperationHandler<DeleteOperation> {

    @Inject
    protected PlanModelState state;

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        CompoundCommand command = new CompoundCommand("Delete");
        List<EObject> elements = new ArrayList<>();
        for (String id : operation.getElementIds()) {
            Edge edge = Elements.edge(state, id);
            if (edge != null) {
                EObject source = Elements.byUuid(state, edge.source().elementId());
                EObject target = Elements.byUuid(state, edge.target().elementId());
                mapping(edge)
                        .ifPresent(m ->
                                command.append(ReferencePath.of(m.reference()).unlink(state.domain(), source, target)));
            } else if (Elements.ofNode(state, id) instanceof EObject element) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty()) {
            command.append(DeleteCommand.create(state.domain(), elements));
        }
        return command.isEmpty() || !command.canExecute() ? doNothing() : Optional.of(command);
    }

    private Optional<EdgeMapping> mapping(Edge edge) {
        return state.description().edges().stream()
                .filter(m -> m.id().equals(edge.mappingId()))
                .findFirst();
    }
}
