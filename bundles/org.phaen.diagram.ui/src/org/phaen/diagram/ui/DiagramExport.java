/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.svg.PrintedDiagram;
import org.phaen.diagram.svg.PrintedDiagram.Page;
import org.phaen.diagram.svg.PrintedDiagram.Paper;
import org.phaen.documents.pdf.PageFrame;
import org.phaen.documents.pdf.PdfCanvas;
import org.phaen.documents.pdf.SvgPainter;

/**
 * Plan > Export Diagram Image's files: the visible area or the whole diagram on A4 or A3 landscape, as PrintedDiagram
 * lays it out (one sheet when its labels stay legible, else tiles at the legible scale): a PDF with a sheet per page
 * (the diagram as vector graphics, searchable Thai labels, a caption), and each page as SVG and as a 300 dpi PNG.
 */
public final class DiagramExport {

    /** What was written: the files and the pages' scale (points of paper per diagram pixel). */
    public record Result(List<Path> files, int pages, double scale) {}

    private static final float CAPTION_PT = 14;

    private DiagramExport() {}

    /**
     * Writes {@code pdf} and beside it {@code NAME.svg} and {@code NAME.png} (one page) or {@code NAME-1.svg}, ... (tiles).
     * {@code area} is x, y, width, height in diagram coordinates, or null for the whole diagram.
     */
    public static Result write(DiagramGraph graph, double[] area, Paper paper, Path pdf, String caption)
            throws IOException {
        List<Page> pages = area == null
                ? PrintedDiagram.pages(graph, paper)
                : PrintedDiagram.pages(graph, paper, area[0], area[1], area[2], area[3]);
        List<Path> files = new ArrayList<>();
        writePdf(pages, paper, pdf, caption);
        files.add(pdf);
        String base = pdf.getFileName().toString().replaceFirst("\\.[pP][dD][fF]$", "");
        for (int i = 0; i < pages.size(); i++) {
            String name = pages.size() == 1 ? base : base + "-" + (i + 1);
            Path svg = pdf.resolveSibling(name + ".svg"), png = pdf.resolveSibling(name + ".png");
            Files.writeString(svg, pages.get(i).svg(), StandardCharsets.UTF_8);
            Files.write(png, pages.get(i).png(300));
            files.add(svg);
            files.add(png);
        }
        return new Result(files, pages.size(), pages.get(0).scale());
    }

    private static void writePdf(List<Page> pages, Paper paper, Path out, String caption) throws IOException {
        PageFrame frame = paper == Paper.A3_LANDSCAPE ? PageFrame.A3_LANDSCAPE : PageFrame.A4_LANDSCAPE;
        try (PDDocument doc = new PDDocument();
                OutputStream stream = Files.newOutputStream(out)) {
            PdfCanvas canvas = new PdfCanvas(doc, true);
            canvas.replaceFrame(frame);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    canvas.newPage(frame);
                }
                Page page = pages.get(i);
                String title = pages.size() == 1 ? caption : caption + " (" + (i + 1) + "/" + pages.size() + ")";
                canvas.text(title, frame.left(), frame.top() - CAPTION_PT, CAPTION_PT, true);
                float top = frame.top() - 2 * CAPTION_PT * 1.3f;
                SvgPainter.paint(
                        canvas, page.svg(), frame.left(), top - (float) page.heightPt(), (float) page.widthPt(), (float)
                                page.heightPt());
            }
            canvas.save(stream, caption + paper);
        }
    }
}
