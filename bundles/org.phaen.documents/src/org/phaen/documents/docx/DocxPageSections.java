/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.phaen.documents.flow.Section;

/**
 * Word sections for the {@link Section}s of a document. Word keeps a section's page set-up in the last paragraph of
 * the section and the last section's in the body, so each section is closed by a paragraph carrying a copy of the
 * body's set-up (margins, footer references: a section without them would lose the footer), turned sideways where
 * the section is landscape; the cover's first page shows no footer.
 */
final class DocxPageSections {

    private final XWPFDocument doc;

    DocxPageSections(XWPFDocument doc) {
        this.doc = doc;
        if (!doc.getDocument().getBody().isSetSectPr()) {
            ThaiRuns.pageSetup(doc);
        }
    }

    /** Whether the document (a template) brings its own footer. */
    boolean hasFooter() {
        return body().sizeOfFooterReferenceArray() > 0;
    }

    /** Twips between the margins of a page of the body's set-up, turned as asked. */
    int textWidth(boolean landscape) {
        CTSectPr sect = body();
        long w = sect.isSetPgSz() && sect.getPgSz().isSetW()
                ? ((BigInteger) sect.getPgSz().getW()).longValue()
                : ThaiRuns.A4_WIDTH;
        long h = sect.isSetPgSz() && sect.getPgSz().isSetH()
                ? ((BigInteger) sect.getPgSz().getH()).longValue()
                : ThaiRuns.A4_HEIGHT;
        long side = landscape ? Math.max(w, h) : Math.min(w, h);
        long left = sect.isSetPgMar() ? twips(sect.getPgMar().getLeft(), ThaiRuns.LEFT) : ThaiRuns.LEFT;
        long right = sect.isSetPgMar() ? twips(sect.getPgMar().getRight(), ThaiRuns.RIGHT) : ThaiRuns.RIGHT;
        return (int) (side - left - right);
    }

    private static long twips(Object value, int fallback) {
        return value instanceof BigInteger b
                ? b.longValue()
                : value == null ? fallback : Long.parseLong(value.toString());
    }

    /** Ends {@code section}: the last one sets the body's page set-up, the others get a section-break paragraph. */
    void end(Section section, boolean last) {
        if (last) {
            shape(body(), section);
        } else {
            CTSectPr copy = (CTSectPr) body().copy();
            shape(copy, section);
            var ppr = doc.createParagraph().getCTP().addNewPPr();
            ppr.setSectPr(copy);
        }
    }

    private CTSectPr body() {
        return doc.getDocument().getBody().getSectPr();
    }

    private static void shape(CTSectPr sect, Section section) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        long w = size.isSetW() ? ((BigInteger) size.getW()).longValue() : ThaiRuns.A4_WIDTH;
        long h = size.isSetH() ? ((BigInteger) size.getH()).longValue() : ThaiRuns.A4_HEIGHT;
        long shortSide = Math.min(w, h), longSide = Math.max(w, h);
        size.setW(BigInteger.valueOf(section.landscape() ? longSide : shortSide));
        size.setH(BigInteger.valueOf(section.landscape() ? shortSide : longSide));
        if (section.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        if (section.cover() && !sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        } else if (!section.cover() && sect.isSetTitlePg()) {
            sect.unsetTitlePg();
        }
    }
}
