/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.util.List;
import org.phaen.documents.text.ThaiLines;

/**
 * Text flowing down the pages: wrapped paragraphs at a left indent, a new page when the next block does not
 * fit. {@link #y} is the top of the next line; the margins are those of the current page's {@link PageFrame}.
 */
public class PdfFlow {

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    public static final float BODY = 16, SMALL = 14, HINT = 13, INDENT = 28.35f;

    public final PdfCanvas canvas;
    public float y;

    public PdfFlow(PdfCanvas canvas) {
        this.canvas = canvas;
        this.y = canvas.frame().top();
    }

    /** Line pitch for a size: Sarabun's tall marks need room above and below. */
    public static float lineHeight(float size) {
        return size * 1.3f;
    }

    /** Baseline below the top of a line. */
    public static float ascent(float size) {
        return size * 1.02f;
    }

    public PageFrame frame() {
        return canvas.frame();
    }

    public List<String> wrap(String text, float size, boolean bold, float width) {
        return ThaiLines.wrap(text, width, t -> canvas.fonts.width(t, size, bold));
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void keep(float height) {
        if (y - height < frame().bottom() && y < frame().top()) {
            newPage(frame());
        }
    }

    /** Starts a new page of the given frame (a landscape section, say) at its top. */
    public void newPage(PageFrame frame) {
        canvas.newPage(frame);
        y = frame.top();
    }

    public void space(float points) {
        y -= points;
    }

    public void paragraph(String text, float size, boolean bold, float indent, Align align) {
        if (text == null || text.isBlank()) {
            return;
        }
        float width = frame().right() - frame().left() - indent;
        for (String line : wrap(text, size, bold, width)) {
            keep(lineHeight(size));
            float x = frame().left()
                    + indent
                    + switch (align) {
                        case LEFT -> 0;
                        case CENTER -> (width - canvas.fonts.width(line, size, bold)) / 2;
                        case RIGHT -> width - canvas.fonts.width(line, size, bold);
                    };
            canvas.text(line, x, y - ascent(size), size, bold);
            y -= lineHeight(size);
        }
    }

    /** A label with its number hanging in the margin of the indent, on the label's first line. */
    public void numbered(String number, String text, float size, boolean bold) {
        keep(lineHeight(size));
        canvas.text(number, frame().left(), y - ascent(size), size, bold);
        paragraph(text, size, bold, INDENT, Align.LEFT);
    }
}
