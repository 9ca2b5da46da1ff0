/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.notation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.phaen.diagram.layout.Pin;

/**
 * What a user fixed by hand in the diagrams of one plan: per diagram kind (description id), the pinned positions and
 * sizes by node id ({@code uuid/mappingId}). Kept apart from the plan so plan files stay clean.
 */
public final class Notation {

    private final Map<String, Map<String, Pin>> diagrams = new LinkedHashMap<>();

    /** The pins of one diagram kind (a live, modifiable view; empty when none). */
    public Map<String, Pin> pins(String diagramKind) {
        return diagrams.computeIfAbsent(diagramKind, k -> new LinkedHashMap<>());
    }

    public Map<String, Map<String, Pin>> diagrams() {
        return diagrams;
    }

    /** Drops pins of nodes whose element no longer exists (the uuid part of a node id); returns how many. */
    public int dropStale(Predicate<String> elementExists) {
        int before = count();
        for (Map<String, Pin> pins : diagrams.values()) {
            pins.keySet().removeIf(nodeId -> !elementExists.test(elementIdOf(nodeId)));
        }
        diagrams.values().removeIf(Map::isEmpty);
        return before - count();
    }

    public int count() {
        return diagrams.values().stream().mapToInt(Map::size).sum();
    }

    static String elementIdOf(String nodeId) {
        int slash = nodeId.lastIndexOf('/');
        return slash < 0 ? nodeId : nodeId.substring(0, slash);
    }
}
