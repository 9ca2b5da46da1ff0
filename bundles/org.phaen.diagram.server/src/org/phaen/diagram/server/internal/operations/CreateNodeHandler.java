/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.description.Mapping;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.server.model.CreationTypes;
import org.phaen.diagram.server.model.Elements;
import org.phaen.model.Named;
import org.phaen.model.resource.Identifiers;

/**
 * A palette click creates an element of the mapping's class where its candidates path says such elements live:
 * inside the element of the node it was dropped on when that node holds them (a goal on an issue), else in the
 * first place the path reaches from the plan (a project into the first action plan). The node is pinned where it
 * was dropped; element and pin are one undoable command.
 */
public class CreateNodeHandler extends PaletteCreationHandler<CreateNodeOperation> {

    @Override
    protected List<String> typeIds(DiagramDescription description) {
        return description.allMappings().stream()
                .map(m -> CreationTypes.NODE_PREFIX + m.id())
                .toList();
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Optional<Mapping> mapping = CreationTypes.nodeMapping(state.description(), operation.getElementTypeId());
        if (mapping.isEmpty()) {
            return doNothing();
        }
        EClass type = CreationTypes.creatable(mapping.get());
        EObject droppedOn =
                operation.getContainerId() == null ? null : Elements.ofNode(state, operation.getContainerId());
        Optional<CandidatePath.Place> place =
                CandidatePath.of(mapping.get().candidates()).placeFor(type, droppedOn, state.plan());
        if (place.isEmpty()) {
            return doNothing();
        }
        EObject element = EcoreUtil.create(type);
        if (element instanceof Named named) {
            named.setUuid(Identifiers.newUuid());
            named.setName(NewNames.forType(type));
        }
        CompoundCommand command = new CompoundCommand("Create " + type.getName());
        command.append(AddCommand.create(
                state.domain(), place.get().owner(), place.get().feature(), List.of(element)));
        String nodeId = ((Named) element).getUuid() + "/" + mapping.get().id();
        operation
                .getLocation()
                .ifPresent(at -> command.append(new PinCommand(
                        "Place",
                        state.planFile(),
                        state.notation(),
                        state.description().id(),
                        Map.of(nodeId, pinAt(at.getX(), at.getY(), operation.getContainerId())))));
        return Optional.of(command);
    }

    /** Nodes inside a container are placed relative to it; the client gives diagram coordinates. */
    private Pin pinAt(double x, double y, String containerId) {
        Node container = containerId == null ? null : Elements.node(state, containerId);
        if (container != null && container.isContainer()) {
            return new Pin(
                    x - container.absolute().x(), y - container.absolute().y());
        }
        return new Pin(x, y);
    }
}
