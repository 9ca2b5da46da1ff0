/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.phaen.book.strategic.StrategicBook;

/**
 * {@code phaen book --template OFFICE.docx}: a Word document an office made (built here with POI as Word writes one:
 * its own Heading 1, page margins, a header and a logo on its first page) frames the book: the book's Heading 1 is
 * the office's, its last section keeps the office's margins, its pages the office's header, its cover the logo.
 */
class TemplateBookTest {

    private static final String COLOUR = "7A1F5C", HEADER = "HEADER-MARK สำนักงานทดสอบ";
    private static final int LEFT_TWIPS =
            1418; // 2.5 cm in twentieths of a point, a margin the book's own set-up does not use

    @TempDir
    Path dir;

    @Test
    void theOfficesStylesPageSetUpHeaderAndLogoFrameTheBook() throws Exception {
        Path template = template(dir.resolve("office.docx"));
        Path written = new BookFiles(StrategicBook.of(Samples.regional(), BookOptions.strategic()))
                .write(BookFormat.DOCX, template, dir, "R17-SP");
        try (InputStream in = Files.newInputStream(written);
                XWPFDocument doc = new XWPFDocument(in)) {
            XWPFStyle heading = doc.getStyles().getStyle("Heading1");
            assertTrue(
                    heading.getCTStyle().xmlText().contains(COLOUR),
                    "the office's Heading 1: " + heading.getCTStyle().xmlText());
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertEquals(
                    BigInteger.valueOf(LEFT_TWIPS),
                    new BigInteger(last.getPgMar().getLeft().toString()),
                    "the office's left margin");
            assertTrue(doc.getHeaderList().stream().anyMatch(h -> h.getText().contains(HEADER)), "the office's header");
            BufferedImage logo = firstPicture(doc);
            assertEquals(120, logo.getWidth());
            assertEquals(new Color(0xC0, 0x10, 0x20).getRGB(), logo.getRGB(60, 40), "the office's logo on the cover");
        }
        try (XWPFDocument plain = new XWPFDocument(new ByteArrayInputStream(
                Samples.docx(StrategicBook.of(Samples.regional(), BookOptions.strategic()))))) {
            assertFalse(
                    plain.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .xmlText()
                            .contains(COLOUR),
                    "without the template, Phaen's own style");
            assertTrue(plain.getHeaderList().stream().noneMatch(h -> h.getText().contains(HEADER)));
        }
    }

    private static BufferedImage firstPicture(XWPFDocument doc) throws Exception {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                for (var run : p.getRuns()) {
                    if (!run.getEmbeddedPictures().isEmpty()) {
                        return ImageIO.read(new ByteArrayInputStream(run.getEmbeddedPictures()
                                .get(0)
                                .getPictureData()
                                .getData()));
                    }
                }
            }
        }
        throw new AssertionError("no picture in the book");
    }

    /** The office's template: a Heading 1 in its colour, a 2.5 cm left margin, a header line, a logo paragraph and a text. */
    private static Path template(Path file) throws Exception {
        try (XWPFDocument t = new XWPFDocument()) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading1");
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading 1");
            style.addNewRPr().addNewColor().setVal(COLOUR);
            t.createStyles().addStyle(new XWPFStyle(style));
            BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(new Color(0xC0, 0x10, 0x20));
            g.fillRect(0, 0, 120, 80);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            t.createParagraph()
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png.toByteArray()),
                            Document.PICTURE_TYPE_PNG,
                            "logo.png",
                            Units.toEMU(60),
                            Units.toEMU(40));
            t.createParagraph().createRun().setText("ข้อความในแม่แบบที่เล่มแผนไม่ใช้");
            t.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(HEADER);
            CTSectPr section = t.getDocument().getBody().isSetSectPr()
                    ? t.getDocument().getBody().getSectPr()
                    : t.getDocument().getBody().addNewSectPr();
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(LEFT_TWIPS));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setTop(BigInteger.valueOf(1417));
            margins.setBottom(BigInteger.valueOf(1134));
            try (OutputStream out = Files.newOutputStream(file)) {
                t.write(out);
            }
        }
        return file;
    }
}
