/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.phaen.documents.flow.Figure;

/**
 * An office's own Word document as the frame of a generated one: its styles (ours are added only where it lacks a
 * style of the same id, so the office's Title, Heading 1-3 and body text win), its page set-up, headers and footers
 * (the last section's, which the body keeps), and its cover logo: the first picture in its body. Everything else in
 * its body is dropped; the content comes from the model.
 */
public final class DocxTemplate {

    private final XWPFDocument document;
    private final Figure.Drawing logo;

    private DocxTemplate(XWPFDocument document, Figure.Drawing logo) {
        this.document = document;
        this.logo = logo;
    }

    /** Reads {@code file}; throws IOException when it is not a Word document. */
    public static DocxTemplate open(Path file) throws IOException {
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        } catch (RuntimeException e) { // POI's answer to a file that is no OOXML package
            throw new IOException(file + " is not a Word document: " + e.getMessage(), e);
        }
        Figure.Drawing logo = firstPicture(doc).orElse(null);
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        DocxStyles.addMissing(doc);
        return new DocxTemplate(doc, logo);
    }

    /** The emptied document to write into. */
    public XWPFDocument document() {
        return document;
    }

    /** The cover logo the office put in the template, as a PNG drawing of its size there. */
    public Optional<Figure.Drawing> logo() {
        return Optional.ofNullable(logo);
    }

    private static Optional<Figure.Drawing> firstPicture(XWPFDocument doc) throws IOException {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                for (XWPFRun run : p.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        return Optional.of(new Figure.Drawing(
                                null, png(picture.getPictureData().getData()), picture.getWidth(), picture.getDepth()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The picture as PNG, whatever raster format the office used. */
    private static byte[] png(byte[] data) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        if (image == null) {
            throw new IOException("the template's logo is not a raster picture Java can read (PNG, JPEG, GIF, BMP)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
