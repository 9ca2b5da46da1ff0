/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.util.Optional;
import org.eclipse.emf.ecore.EClass;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.description.Mapping;
import org.phaen.model.PhaenPackage;

/**
 * The element type ids of the palette: {@code phaen:node:<mapping>} creates an element of the mapping's class,
 * {@code phaen:edge:<edge mapping>} links two elements by the mapping's reference.
 */
public final class CreationTypes {

    public static final String NODE_PREFIX = "phaen:node:";
    public static final String EDGE_PREFIX = "phaen:edge:";

    private CreationTypes() {}

    /** The node mapping a creation type names, when its class can be created (not abstract). */
    public static Optional<Mapping> nodeMapping(DiagramDescription description, String elementTypeId) {
        return description.allMappings().stream()
                .filter(m -> elementTypeId.equals(NODE_PREFIX + m.id()))
                .filter(m -> creatable(m) != null)
                .findFirst();
    }

    public static Optional<EdgeMapping> edgeMapping(DiagramDescription description, String elementTypeId) {
        return description.edges().stream()
                .filter(m -> elementTypeId.equals(EDGE_PREFIX + m.id()))
                .findFirst();
    }

    /** The concrete class a mapping's nodes are made of, or null. */
    public static EClass creatable(Mapping mapping) {
        return PhaenPackage.eINSTANCE.getEClassifier(mapping.domainClass()) instanceof EClass c
                        && !c.isAbstract()
                        && !c.isInterface()
                ? c
                : null;
    }
}
