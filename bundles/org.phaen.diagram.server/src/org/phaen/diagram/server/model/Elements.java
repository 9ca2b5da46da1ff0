/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import org.eclipse.emf.ecore.EObject;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.model.resource.Identifiers;

/** From what the client names (node, label and edge ids) to the plan's elements and the graph last sent. */
public final class Elements {

    private Elements() {}

    /** The model element with the UUID, in any plan loaded in the diagram's domain; null when there is none. */
    public static EObject byUuid(PlanModelState state, String uuid) {
        return Identifiers.find(state.domain().getResourceSet(), uuid);
    }

    /** The element a node (or its label) shows. */
    public static EObject ofNode(PlanModelState state, String nodeOrLabelId) {
        Node node = node(state, nodeOrLabelId);
        return node == null ? null : byUuid(state, node.elementId());
    }

    public static Node node(PlanModelState state, String nodeOrLabelId) {
        String id = nodeOrLabelId.endsWith(GModelConversion.LABEL_SUFFIX)
                ? nodeOrLabelId.substring(0, nodeOrLabelId.length() - GModelConversion.LABEL_SUFFIX.length())
                : nodeOrLabelId;
        return state.graph() == null ? null : state.graph().node(id);
    }

    public static Edge edge(PlanModelState state, String edgeId) {
        return state.graph() == null
                ? null
                : state.graph().edges().stream()
                        .filter(e -> e.id().equals(edgeId))
                        .findFirst()
                        .orElse(null);
    }
}
