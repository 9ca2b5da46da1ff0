package org.phaen.instruments.pdf;

import static org.phaen.instruments.pdf.PdfCanvas.BOTTOM;
import static org.phaen.instruments.pdf.PdfCanvas.LEFT;
import static org.phaen.instruments.pdf.PdfCanvas.RIGHT;
import static org.phaen.instruments.pdf.PdfCanvas.TOP;

import java.util.List;

import org.phaen.documents.text.ThaiLines;

/**
 * Text flowing down the pages: wrapped paragraphs at a left indent, a new page when the next block does not
 * fit. {@link #y} is the top of the next line.
 */
final class PdfFlow {

    enum Align { LEFT, CENTER, RIGHT }

    static final float BODY = 16, SMALL = 14, HINT = 13, INDENT = 28.35f;

    final PdfCanvas canvas;
    float y = TOP;

    PdfFlow(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    /** Line pitch for a size: Sarabun's tall marks need room above and below. */
    static float lineHeight(float size) {
        return size * 1.3f;
    }

    /** Baseline below the top of a line. */
    static float ascent(float size) {
        return size * 1.02f;
    }

    List<String> wrap(String text, float size, boolean bold, float width) {
        return ThaiLines.wrap(text, width, t -> canvas.fonts.width(t, size, bold));
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) {
        if (y - height < BOTTOM && y < TOP) {
            canvas.newPage();
            y = TOP;
        }
    }

    void space(float points) {
        y -= points;
    }

    void paragraph(String text, float size, boolean bold, float indent, Align align) {
        if (text == null || text.isBlank()) {
            return;
        }
        float width = RIGHT - LEFT - indent;
        for (String line : wrap(text, size, bold, width)) {
            keep(lineHeight(size));
            float x = LEFT + indent + switch (align) {
                case LEFT -> 0;
                case CENTER -> (width - canvas.fonts.width(line, size, bold)) / 2;
                case RIGHT -> width - canvas.fonts.width(line, size, bold);
            };
            canvas.text(line, x, y - ascent(size), size, bold);
            y -= lineHeight(size);
        }
    }

    /** A label with its number hanging in the margin of the indent, on the label's first line. */
    void numbered(String number, String text, float size, boolean bold) {
        keep(lineHeight(size));
        canvas.text(number, LEFT, y - ascent(size), size, bold);
        paragraph(text, size, bold, INDENT, Align.LEFT);
    }

    /** One choice: a box, then its label wrapped beside it. */
    void choice(String label, float indent) {
        keep(lineHeight(BODY));
        float box = BODY * 0.55f;
        canvas.rect(LEFT + indent, y - ascent(BODY) - BODY * 0.02f, box, box, 0.6f);
        paragraph(label, BODY, false, indent + box + BODY * 0.35f, Align.LEFT);
    }

    /** Short choices side by side on one line, each after a box drawn as a square (Sarabun has no ☐ glyph). */
    void boxes(List<String> choices, float indent) {
        float size = BODY;
        keep(lineHeight(size));
        float x = LEFT + indent;
        float box = size * 0.55f;
        for (String choice : choices) {
            canvas.rect(x, y - ascent(size) - size * 0.02f, box, box, 0.6f);
            canvas.text(choice, x + box + size * 0.35f, y - ascent(size), size, false);
            x += box + size * 0.35f + canvas.fonts.width(choice, size, false) + size * 1.5f;
        }
        y -= lineHeight(size);
    }
}
