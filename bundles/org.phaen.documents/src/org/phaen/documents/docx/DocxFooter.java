/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.phaen.documents.Wording;

/**
 * The footer on every page, as the PDFs have it: the document's code, then “หน้า n/N” with Word fields for the
 * page and the number of pages. The fields stay in Arabic digits even in Thai-numeral documents: Word draws
 * {@code \* ThaiArabic} as Thai digits but LibreOffice reads that switch as Thai letters (ก/ต for 1/18), and no
 * switch or page-number format gives Thai digits in both (see docs/notes/docx-page-numbers.md).
 */
public final class DocxFooter {

    private DocxFooter() {}

    public static void write(XWPFDocument doc, String code, Wording wording) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setStyle(DocxStyles.FOOTER);
        p.setAlignment(ParagraphAlignment.RIGHT);
        String prefix = code == null || code.isBlank() ? "" : code + "  ";
        ThaiRuns.run(p, prefix + wording.text("page") + " ", 12, false);
        field(p, "PAGE");
        ThaiRuns.run(p, "/", 12, false);
        field(p, "NUMPAGES");
    }

    /** A simple field; its run holds what readers show until they update the field. */
    private static void field(XWPFParagraph p, String name) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(name + " \\* MERGEFORMAT");
        var run = field.addNewR();
        var rpr = run.addNewRPr();
        rpr.addNewSz().setVal(java.math.BigInteger.valueOf(24));
        rpr.addNewSzCs().setVal(java.math.BigInteger.valueOf(24));
        run.addNewT().setStringValue("1");
    }
}
