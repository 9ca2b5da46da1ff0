/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.flow.Run;
import org.phaen.documents.text.ThaiLines;

/**
 * A paragraph of runs as lines of pieces, each piece in its own weight. Lines break where {@link ThaiLines} breaks
 * the paragraph's whole text; a paragraph that mixes weights is measured in bold, which is the wider, so a line never
 * runs past its width. Italic has no face in the shipped fonts and is drawn upright.
 */
final class PdfRuns {

    /** Text in one weight within a line. */
    record Piece(String text, boolean bold) {}

    /** One line: its pieces and its width in points. */
    record Line(List<Piece> pieces, float width) {}

    private PdfRuns() {}

    static List<Line> wrap(List<Run> runs, PdfFonts fonts, float size, float firstWidth, float width, boolean allBold) {
        StringBuilder all = new StringBuilder();
        List<Boolean> weights = new ArrayList<>();
        for (Run run : runs) {
            all.append(run.text());
            for (int i = 0; i < run.text().length(); i++) {
                weights.add(allBold || run.bold());
            }
        }
        String text = all.toString();
        boolean mixed = weights.stream().distinct().count() > 1;
        boolean measureBold = mixed || (!weights.isEmpty() && weights.get(0));
        List<Line> lines = new ArrayList<>();
        int from = 0;
        // The first line may be narrower (a first-line indent): wrap it alone, then the rest at the full width.
        List<String> texts = new ArrayList<>(ThaiLines.wrap(text, firstWidth, t -> fonts.width(t, size, measureBold)));
        if (texts.size() > 1 && firstWidth != width) {
            String rest = text.substring(texts.get(0).length()).replaceFirst("^[ \\n]", "");
            texts.subList(1, texts.size()).clear();
            texts.addAll(ThaiLines.wrap(rest, width, t -> fonts.width(t, size, measureBold)));
        }
        for (String line : texts) {
            int start = line.isEmpty() ? from : text.indexOf(line, from);
            start = start < 0 ? from : start;
            lines.add(line(text, weights, start, start + line.length(), fonts, size));
            from = start + line.length();
        }
        return lines;
    }

    private static Line line(String text, List<Boolean> weights, int start, int end, PdfFonts fonts, float size) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        int i = start;
        while (i < end) {
            boolean bold = weights.get(i);
            int j = i;
            while (j < end && weights.get(j) == bold) {
                j++;
            }
            String piece = text.substring(i, j);
            pieces.add(new Piece(piece, bold));
            width += fonts.width(piece, size, bold);
            i = j;
        }
        return new Line(pieces, width);
    }
}
