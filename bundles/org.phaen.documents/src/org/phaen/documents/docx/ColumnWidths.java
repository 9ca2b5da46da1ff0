/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.util.List;
import org.phaen.documents.text.TextWidths;

/**
 * Column widths from what the columns hold, measured with the real font: every column gets at least its widest
 * unbreakable word (so no Thai word and no number is ever split), then the rest of the width goes where longer
 * texts would otherwise wrap most, as browsers size automatic tables.
 */
public final class ColumnWidths {

    /** Twips per point. */
    private static final int TWIPS = 20;

    /** What a column needs, in twips: {@code min} to hold its widest word, {@code preferred} to hold every text on one line. */
    public record Need(double min, double preferred) {

        public Need max(Need other) {
            return new Need(Math.max(min, other.min), Math.max(preferred, other.preferred));
        }
    }

    private ColumnWidths() {}

    /** What {@code texts} need at {@code pt} points, plus the cell's left and right padding. */
    public static Need need(List<String> texts, double pt, boolean bold, int paddingTwips) {
        double min = 0, preferred = 0;
        for (String text : texts) {
            for (String line : (text == null ? "" : text).split("\n")) {
                min = Math.max(min, TextWidths.widestWord(line, pt, bold) * TWIPS);
                preferred = Math.max(preferred, TextWidths.points(line, pt, bold) * TWIPS);
            }
        }
        return new Need(min + paddingTwips, preferred + paddingTwips);
    }

    /**
     * Widths that add up to {@code total} twips. When not every text fits on one line, each column gets its widest
     * word or what holds its longest text in the same number of lines as the others, whichever is more, so the long
     * texts share the wrapping and rows stay low.
     */
    public static int[] fit(List<Need> needs, int total) {
        double minSum = needs.stream().mapToDouble(Need::min).sum();
        double preferredSum = needs.stream().mapToDouble(Need::preferred).sum();
        double[] w;
        if (minSum >= total) {
            w = needs.stream().mapToDouble(n -> total * n.min() / minSum).toArray(); // too many columns: all wrap alike
        } else {
            double lines = preferredSum <= total ? 1 : lines(needs, total);
            w = needs.stream()
                    .mapToDouble(n -> Math.max(n.min(), n.preferred() / lines))
                    .toArray();
            double used = java.util.Arrays.stream(w).sum();
            for (int i = 0; i < w.length; i++) {
                w[i] += (total - used) * w[i] / used; // what is left, in proportion
            }
        }
        return rounded(w, total);
    }

    /** The fewest lines (a fraction) at which every column holds its longest text within {@code total}. */
    private static double lines(List<Need> needs, int total) {
        double low = 1, high = 1;
        while (width(needs, high) > total) {
            high *= 2;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            if (width(needs, mid) > total) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private static double width(List<Need> needs, double lines) {
        return needs.stream()
                .mapToDouble(n -> Math.max(n.min(), n.preferred() / lines))
                .sum();
    }

    /**
     * Whole twips, rounded up so a column sized to its widest word keeps it; the widest column gives back what the
     * rounding added, so the grid adds up to the table's width exactly.
     */
    private static int[] rounded(double[] w, int total) {
        int[] out = new int[w.length];
        int sum = 0, widest = 0;
        for (int i = 0; i < w.length; i++) {
            out[i] = (int) Math.ceil(w[i]);
            sum += out[i];
            widest = out[i] > out[widest] ? i : widest;
        }
        out[widest] -= sum - total;
        return out;
    }
}
