/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.phaen.diagram.description.Descriptions;

/**
 * What the client may do with the diagram's elements. The server lays the diagram out itself (ELK, with the
 * pinned positions), so the client neither measures nor lays out; node creation may target any node (the server
 * decides where the element goes), edge creation is checked per edge mapping on the server.
 */
public class PhaenDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        mappings.put(GModelConversion.NODE, GraphPackage.Literals.GNODE);
        mappings.put(GModelConversion.LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(GModelConversion.EDGE, GraphPackage.Literals.GEDGE);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<String> creatable = Descriptions.load(getDiagramType()).allMappings().stream()
                .map(m -> CreationTypes.NODE_PREFIX + m.id())
                .toList();
        return List.of(
                new ShapeTypeHint(GModelConversion.NODE, true, true, true, false, creatable),
                new ShapeTypeHint(DefaultTypes.GRAPH, false, false, false, false, creatable));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<EdgeTypeHint> hints = new ArrayList<>();
        hints.add(new EdgeTypeHint(
                GModelConversion.EDGE,
                false,
                true,
                false,
                List.of(GModelConversion.NODE),
                List.of(GModelConversion.NODE)));
        Descriptions.load(getDiagramType())
                .edges()
                .forEach(m -> hints.add(new EdgeTypeHint(
                        CreationTypes.EDGE_PREFIX + m.id(),
                        false,
                        true,
                        false,
                        List.of(GModelConversion.NODE),
                        List.of(GModelConversion.NODE))));
        return hints;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
