/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.phaen.fonts.ThaiFonts;

/**
 * A diagram's SVG drawn as a PNG by JSVG (the SVG renderer SWT itself uses), with the shipped Sarabun registered so
 * the Thai labels are drawn in the font they were measured with. Large diagrams are scaled down to fit the limit.
 */
public final class PngExport {

    /** Largest side in pixels; a 10,000-node map would otherwise be a gigapixel image. */
    public static final int MAX_SIDE = 12_000;

    private static boolean fontsRegistered;

    private PngExport() {}

    public static byte[] toPng(String svg, double scale) throws IOException {
        registerFonts();
        SVGDocument document = new SVGLoader()
                .load(
                        new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                        null,
                        LoaderContext.createDefault());
        if (document == null) {
            throw new IOException("the diagram's SVG could not be read");
        }
        FloatSize size = document.size();
        double fit = Math.min(scale, MAX_SIDE / Math.max(size.width, size.height));
        BufferedImage image = new BufferedImage(
                Math.max(1, (int) Math.ceil(size.width * fit)),
                Math.max(1, (int) Math.ceil(size.height * fit)),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(fit, fit);
            document.render((java.awt.Component) null, g, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static synchronized void registerFonts() {
        if (!fontsRegistered) {
            GraphicsEnvironment fonts = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (ThaiFonts.Weight weight : ThaiFonts.Weight.values()) {
                fonts.registerFont(ThaiFonts.awt(weight));
            }
            fontsRegistered = true;
        }
    }
}
