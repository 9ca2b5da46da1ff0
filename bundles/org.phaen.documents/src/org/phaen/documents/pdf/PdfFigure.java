/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfFlow.lineHeight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;

/**
 * A figure on the page: its SVG drawn as vector graphics ({@link SvgPainter}) at its size, smaller if the text area
 * is smaller, on the next page if it does not fit below; then its caption. An empty slot shows only the caption.
 */
final class PdfFigure {

    private PdfFigure() {}

    static void draw(PdfFlow flow, PdfNavigation navigation, Figure figure) {
        PdfFlowText text = new PdfFlowText(flow, navigation);
        if (figure.empty() || figure.drawing().svg() == null) {
            caption(text, figure);
            return;
        }
        Figure.Drawing drawing = figure.drawing();
        PageFrame frame = flow.frame();
        float room = frame.textHeight() - 2 * lineHeight(PdfFlow.SMALL);
        float scale = (float) Math.min(1, Math.min(frame.textWidth() / drawing.widthPt(), room / drawing.heightPt()));
        float width = (float) drawing.widthPt() * scale, height = (float) drawing.heightPt() * scale;
        flow.keep(height + 2 * lineHeight(PdfFlow.SMALL));
        navigation.destination(figure.anchor(), new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y));
        try {
            SvgPainter.paint(
                    flow.canvas,
                    drawing.svg(),
                    frame.left() + (frame.textWidth() - width) / 2,
                    flow.y - height,
                    width,
                    height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.space(height + 4);
        caption(text, figure);
    }

    private static void caption(PdfFlowText text, Figure figure) {
        if (figure.caption() != null && !figure.caption().isBlank()) {
            text.paragraph(new Paragraph(Paragraph.Role.CAPTION, List.of(Run.of(figure.caption())), null));
        }
    }
}
