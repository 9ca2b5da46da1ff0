/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.List;

/**
 * Edges from nodes of the {@code sources} mappings to nodes of the {@code targets} mappings ({@code *} matches any), one per
 * element reached by the {@code reference} path (e.g. {@code servesGoals}, {@code alignments.target}). {@code upward}
 * says the reference points against the diagram's flow (a strategy names the goals it serves): layout places the target
 * first, the arrow still points at the target.
 */
public record EdgeMapping(
        String id, List<String> sources, String reference, List<String> targets, Style style, boolean upward) {

    public EdgeMapping {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    public boolean acceptsSource(String mappingId) {
        return sources.contains("*") || sources.contains(mappingId);
    }

    public boolean acceptsTarget(String mappingId) {
        return targets.contains("*") || targets.contains(mappingId);
    }
}
