/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.docx.DocxStyles;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.instruments.FormLayout;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;

/** The parts of a form as Word paragraphs and tables; the order and numbering come from {@link FormLayout}. */
final class DocxSections implements FormLayout.Page {

    private final XWPFDocument doc;
    private final DocxItems items;

    DocxSections(XWPFDocument doc, DocxItems items) {
        this.doc = doc;
        this.items = items;
    }

    @Override
    public void heading(String section) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 60);
        p.setStyle(DocxStyles.HEADING_2);
        p.setKeepNext(true);
        ThaiRuns.run(p, section, 17, true);
    }

    @Override
    public void note(InstrumentItem note, boolean asHeading) {
        items.note(note, asHeading);
    }

    @Override
    public void ratings(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        RatingTable.write(doc, items, scale, rows, firstNumber);
    }

    @Override
    public void item(InstrumentItem item, int number) {
        items.item(item, number);
    }
}
