/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import java.util.List;
import org.phaen.documents.pdf.PdfFlow;
import org.phaen.documents.pdf.PdfFlow.Align;
import org.phaen.instruments.FormLayout;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;

/** The parts of a form on PDF pages; order and numbering come from {@link FormLayout}. */
final class PdfSections implements FormLayout.Page {

    private final PdfFlow flow;
    private final PdfItems items;

    /** The key, the header and the first rows of a rating table start on the same page. */
    private static final float TABLE_START = 8 * PdfFlow.lineHeight(PdfFlow.BODY);

    PdfSections(PdfFlow flow, PdfItems items) {
        this.flow = flow;
        this.items = items;
    }

    @Override
    public void partStart(String section) {
        flow.space(4);
    }

    @Override
    public void heading(String section) {
        // A heading of two lines and what the ratings keep below it: never a heading alone at the foot of a page.
        flow.keep(2 * PdfFlow.lineHeight(17) + TABLE_START);
        flow.paragraph(section, 17, true, 0, Align.LEFT);
    }

    @Override
    public void note(InstrumentItem note, boolean asHeading) {
        items.note(note, asHeading);
    }

    @Override
    public void ratings(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        flow.keep(TABLE_START);
        new PdfRatingTable(flow, items, scale.getLevels().size()).write(scale, rows, firstNumber);
    }

    @Override
    public void item(InstrumentItem item, int number) {
        items.item(item, number);
    }
}
