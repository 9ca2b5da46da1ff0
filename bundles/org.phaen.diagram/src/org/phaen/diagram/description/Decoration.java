/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.List;
import java.util.Map;

/**
 * A decoration the engine adds to a node. Kinds the engine knows:
 * <ul>
 * <li>{@code badges}: one badge per element reached by {@code path} from the node's element, labelled by
 * {@code labelFeature}, coloured through {@code colors} by the element's status from a connected status source;</li>
 * <li>{@code unaligned}: when the node's element lies in a plan of one of {@code levels} and links to no element of
 * another plan document, the node gets {@code style} and the flag {@value #UNALIGNED};</li>
 * <li>{@code aligned}: when the node's element lies in a plan of one of {@code levels} and other plans are known beside
 * it, a badge {@code text} ({0} the plans, {1} the projects aligned to the element), coloured {@code colors.ALIGNED}
 * ({@code colors.NONE} when none is), its tooltip naming each aligned element with its plan and projects.</li>
 * </ul>
 */
public record Decoration(
        String kind,
        String path,
        String labelFeature,
        String text,
        List<String> levels,
        Map<String, String> colors,
        Map<String, Object> style) {

    public static final String BADGES = "badges";
    public static final String UNALIGNED = "unaligned";
    public static final String ALIGNED = "aligned";

    public Decoration {
        levels = levels == null ? List.of() : List.copyOf(levels);
        colors = colors == null ? Map.of() : Map.copyOf(colors);
        style = style == null ? Map.of() : style;
    }
}
