/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.util.List;
import org.phaen.instruments.FormLayout;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;

/** The parts of a form as HTML {@code <section>}s; the order and numbering come from {@link FormLayout}. */
final class SectionsHtml implements FormLayout.Page {

    private final StringBuilder out;
    private final ItemHtml items;

    SectionsHtml(StringBuilder out, ItemHtml items) {
        this.out = out;
        this.items = items;
    }

    @Override
    public void partStart(String section) {
        out.append("<section class=\"part\"")
                .append(section == null ? "" : attr("data-section", section))
                .append(">\n");
    }

    @Override
    public void heading(String section) {
        out.append("<h2>").append(text(section)).append("</h2>\n");
    }

    @Override
    public void note(InstrumentItem note, boolean asHeading) {
        items.note(note, asHeading ? "h2" : "p");
    }

    @Override
    public void ratings(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        items.ratingTable(scale, rows, firstNumber);
    }

    @Override
    public void item(InstrumentItem item, int number) {
        items.item(item, number);
    }

    @Override
    public void partEnd() {
        out.append("</section>\n");
    }
}
