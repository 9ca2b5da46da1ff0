/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.server.model.CreationTypes;
import org.phaen.diagram.server.model.Elements;
import org.phaen.diagram.server.model.ReferencePath;

/**
 * Connecting two nodes makes the edge mapping's link in the model: a project implementing a strategy, an
 * alignment to a higher plan's element, an MOU's party. Only between nodes of the mapping's source and target
 * kinds, and only once.
 */
public class CreateEdgeHandler extends PaletteCreationHandler<CreateEdgeOperation> {

    @Override
    protected List<String> typeIds(DiagramDescription description) {
        return description.edges().stream()
                .map(m -> CreationTypes.EDGE_PREFIX + m.id())
                .toList();
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Optional<EdgeMapping> mapping = CreationTypes.edgeMapping(state.description(), operation.getElementTypeId());
        Node source = Elements.node(state, operation.getSourceElementId());
        Node target = Elements.node(state, operation.getTargetElementId());
        if (mapping.isEmpty() || source == null || target == null || !allows(mapping.get(), source, target)) {
            return doNothing();
        }
        EObject from = Elements.byUuid(state, source.elementId());
        EObject to = Elements.byUuid(state, target.elementId());
        Command command = ReferencePath.of(mapping.get().reference()).link(state.domain(), from, to);
        return command.canExecute() ? Optional.of(command) : doNothing();
    }

    /** The mapping joins these kinds, and the link is not there yet. */
    static boolean allows(EdgeMapping mapping, Node source, Node target) {
        return source != target
                && mapping.acceptsSource(source.mappingId())
                && mapping.acceptsTarget(target.mappingId());
    }
}
