/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaen.diagram.graph.Badge;
import org.phaen.diagram.graph.Node;

/**
 * Gives nodes the size their label needs: the label is broken into lines no wider than a maximum (Thai has no spaces
 * between words, so lines break where the JDK's Thai dictionary finds word boundaries), plus padding and a row of
 * badges. For a container the size is its header; the layout grows it around its children.
 */
public final class NodeSizer {

    public static final double PADDING = 8;
    public static final double BADGE_HEIGHT = 16;
    public static final double BADGE_GAP = 4;
    public static final double BADGE_FONT = 10;
    private static final double MAX_TEXT_WIDTH = 220;
    private static final double MAX_HEADER_WIDTH = 480;
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final TextMeasure measure;
    private final Map<String, Double> wordWidths = new HashMap<>();

    public NodeSizer(TextMeasure measure) {
        this.measure = measure;
    }

    public void size(Node node) {
        double fontSize = node.style().fontSize();
        double[] textWidth = new double[1];
        node.setLabelLines(
                wrap(node.label(), fontSize, node.isContainer() ? MAX_HEADER_WIDTH : MAX_TEXT_WIDTH, textWidth));
        List<String> lines = node.labelLines();
        double width = Math.max(textWidth[0], badgesWidth(node)) + 2 * PADDING;
        double height = lines.size() * measure.lineHeight(fontSize)
                + 2 * PADDING
                + (node.badges().isEmpty() ? 0 : BADGE_HEIGHT + BADGE_GAP);
        // Slanted and curved outlines leave less room for text than their box: widen them so the label stays inside.
        switch (node.shape()) {
            case HEXAGON -> width += Math.min(height, width / 3);
            case ELLIPSE -> {
                width *= 1.3;
                height *= 1.3;
            }
            default -> {}
        }
        node.setSize(Math.ceil(Math.max(width, 60)), Math.ceil(height));
    }

    /** Width of one badge with its label (the SVG export and the client draw badges this wide). */
    public double badgeWidth(Badge badge) {
        return Math.ceil(measure.width(badge.label(), BADGE_FONT) + 8);
    }

    private double badgesWidth(Node node) {
        double width = 0;
        for (Badge badge : node.badges()) {
            width += badgeWidth(badge) + BADGE_GAP;
        }
        return width;
    }

    /**
     * Greedy line breaking at word boundaries; a word wider than the maximum gets a line of its own. A line's width is
     * the sum of its words' widths (Thai shaping stays within a word), and word widths are cached: labels repeat words.
     * The widest line's width is left in {@code widest[0]}.
     */
    List<String> wrap(String text, double fontSize, double maxWidth, double[] widest) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(THAI);
        for (String paragraph : text.split("\n")) {
            breaks.setText(paragraph);
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (int start = breaks.first(), end = breaks.next();
                    end != BreakIterator.DONE;
                    start = end, end = breaks.next()) {
                String word = paragraph.substring(start, end);
                double w = wordWidths.computeIfAbsent(word, k -> measure.width(k, 100)) * fontSize / 100;
                if (!line.isEmpty() && lineWidth + w > maxWidth) {
                    lines.add(line.toString().strip());
                    widest[0] = Math.max(widest[0], lineWidth);
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(word);
                lineWidth += w;
            }
            lines.add(line.toString().strip());
            widest[0] = Math.max(widest[0], lineWidth);
        }
        return lines;
    }
}
