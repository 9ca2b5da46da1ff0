/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The glyph-position check of Phaen's PDFs: reads back where each glyph's ink lands on a page (the glyph outline
 * from the embedded font, placed by the text rendering matrix) and checks marks (zero-advance glyphs: Thai tone
 * marks, upper and lower vowels) against their base consonant and against each other. Tests of every bundle that
 * writes PDF run it; it fails on PDF text shown without Thai shaping.
 */
public final class GlyphPositions extends PDFGraphicsStreamEngine {

    public record Glyph(int code, boolean mark, Rectangle2D ink) {}

    public final List<Glyph> glyphs = new ArrayList<>();

    public GlyphPositions(PDPage page) throws IOException {
        super(page);
        processPage(page);
    }

    /** The problems of every page of a PDF, each prefixed with its page number (from 1). */
    public static List<String> problems(byte[] pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                for (String problem : new GlyphPositions(page).problems()) {
                    problems.add("page " + n + ": " + problem);
                }
            }
        }
        return problems;
    }

    @Override
    protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        var path = ((PDVectorFont) font).getNormalizedPath(code);
        AffineTransform at = trm.createAffineTransform();
        at.scale(0.001, 0.001);
        Rectangle2D ink = at.createTransformedShape(path).getBounds2D();
        if (!ink.isEmpty()) {
            glyphs.add(new Glyph(code, font.getWidth(code) == 0, ink));
        }
    }

    /** Marks whose ink misses their base horizontally, or collides with another mark of the same base. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Glyph base = null;
        List<Glyph> marks = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.mark()) {
                base = g;
                marks.clear();
                continue;
            }
            if (base != null
                    && (g.ink().getMaxX() < base.ink().getMinX()
                            || g.ink().getMinX() > base.ink().getMaxX())) {
                problems.add("mark " + g.code() + " floats beside its base " + base.code());
            }
            for (Glyph other : marks) {
                Rectangle2D both = g.ink().createIntersection(other.ink());
                double smaller = Math.min(area(g.ink()), area(other.ink()));
                if (!both.isEmpty() && area(both) > 0.05 * smaller) {
                    problems.add("marks " + other.code() + " and " + g.code() + " collide over base "
                            + (base == null ? -1 : base.code()));
                }
            }
            marks.add(g);
        }
        return problems;
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    // Paths, images and clips don't matter here.
    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
}
