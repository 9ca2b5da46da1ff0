/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * What {@link RawPoiForm} writes, read once from a form Phaen wrote: its paragraphs in order (style, alignment,
 * spacing, indents, kept with the next, rule above; runs with size, weight, slant, underline and line break,
 * bookmarks and fields where they stand), its tables (column widths, header rows, cells), the footer, the styles
 * part and the document properties. Records only: writing from them runs POI alone.
 */
record FormContent(
        List<Object> body, Paragraph footer, CTStyles styles, String title, String identifier, String creator) {

    record Run(String text, double size, boolean bold, boolean italic, boolean underline, boolean breakBefore) {}

    record BookmarkStart(long id, String name) {}

    record BookmarkEnd(long id) {}

    record Field(String instruction, String shown) {}

    record Paragraph(
            String style,
            ParagraphAlignment alignment,
            int before,
            int after,
            int left,
            int hanging,
            boolean keepNext,
            boolean ruleAbove,
            List<Object> pieces) {}

    record Table(int[] widths, int headerRows, List<List<Paragraph>> rows) {}

    static FormContent of(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                InputStream styles = doc.getStyles().getPackagePart().getInputStream()) {
            List<Object> body = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                body.add(element instanceof XWPFTable t ? table(t) : paragraph((XWPFParagraph) element));
            }
            var core = doc.getProperties().getCoreProperties();
            return new FormContent(
                    body,
                    paragraph(doc.getFooterList().get(0).getParagraphs().get(0)),
                    StylesDocument.Factory.parse(styles).getStyles(),
                    core.getTitle(),
                    core.getIdentifier(),
                    core.getCreator());
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }

    private static Table table(XWPFTable table) {
        int[] widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(c -> ((BigInteger) c.getW()).intValue())
                .toArray();
        List<List<Paragraph>> rows = new ArrayList<>();
        int header = 0;
        for (XWPFTableRow row : table.getRows()) {
            header += row.isRepeatHeader() ? 1 : 0;
            rows.add(row.getTableCells().stream()
                    .map(cell -> paragraph(cell.getParagraphs().get(0)))
                    .toList());
        }
        return new Table(widths, header, rows);
    }

    private static Paragraph paragraph(XWPFParagraph p) {
        List<Object> pieces = new ArrayList<>();
        try (XmlCursor cursor = p.getCTP().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                switch (cursor.getObject()) {
                    case CTR r -> pieces.add(run(new XWPFRun(r, p)));
                    case CTBookmark b -> pieces.add(new BookmarkStart(b.getId().longValue(), b.getName()));
                    case CTMarkupRange end ->
                        pieces.add(new BookmarkEnd(end.getId().longValue()));
                    case CTSimpleField f ->
                        pieces.add(new Field(
                                f.getInstr(), f.getRArray(0).getTArray(0).getStringValue()));
                    default -> {} // the paragraph's properties, read below through POI
                }
            }
        }
        var ppr = p.getCTP().getPPr();
        return new Paragraph(
                p.getStyle(),
                p.getAlignment(),
                p.getSpacingBefore(),
                p.getSpacingAfter(),
                p.getIndentationLeft(),
                p.getIndentationHanging(),
                ppr != null && ppr.isSetKeepNext(),
                p.getBorderTop() != Borders.NONE,
                pieces);
    }

    private static Run run(XWPFRun r) {
        Double size = r.getFontSizeAsDouble();
        CTR ct = r.getCTR();
        return new Run(
                ct.sizeOfTArray() == 0 ? "" : ct.getTArray(0).getStringValue(),
                size == null ? 16 : size,
                r.isBold(),
                r.isItalic(),
                r.getUnderline() != UnderlinePatterns.NONE,
                ct.sizeOfBrArray() > 0);
    }
}
