package org.phaen.diagram.description;

import java.util.List;
import java.util.Map;

/**
 * A decoration the engine adds to a node. Kinds the engine knows:
 * <ul>
 * <li>{@code badges}: one badge per element reached by {@code path} from the node's element, labelled by
 * {@code labelFeature}, coloured through {@code colors} by the element's status from a connected status source;</li>
 * <li>{@code unaligned}: when the node's element lies in a plan of one of {@code levels} and links to no element of
 * another plan document, the node gets {@code style} and the flag {@value #UNALIGNED}.</li>
 * </ul>
 */
public record Decoration(String kind, String path, String labelFeature, List<String> levels, Map<String, String> colors,
        Map<String, Object> style) {

    public static final String BADGES = "badges";
    public static final String UNALIGNED = "unaligned";

    public Decoration {
        levels = levels == null ? List.of() : List.copyOf(levels);
        colors = colors == null ? Map.of() : Map.copyOf(colors);
        style = style == null ? Map.of() : style;
    }
}
