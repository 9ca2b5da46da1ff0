/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind of diagram, as data: its mappings (top level, containers holding their children), edge mappings and the
 * flow direction of the layered layout ({@code DOWN}, {@code RIGHT}, {@code UP}, {@code LEFT}).
 */
public record DiagramDescription(
        String id, String name, String direction, List<Mapping> mappings, List<EdgeMapping> edges) {

    public DiagramDescription {
        mappings = List.copyOf(mappings);
        edges = List.copyOf(edges);
    }

    /** All mappings, containers before their children. */
    public List<Mapping> allMappings() {
        List<Mapping> all = new ArrayList<>();
        collect(mappings, all);
        return all;
    }

    private static void collect(List<Mapping> from, List<Mapping> into) {
        for (Mapping m : from) {
            into.add(m);
            collect(m.children(), into);
        }
    }
}
