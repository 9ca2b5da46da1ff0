/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.List;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.Paragraph;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;

/**
 * The cover of a book: the office's logo (a slot a template or the office fills), the plan's name, the lines under it
 * (office, period) and, for sample data, the note that it is an example.
 */
public final class Cover {

    /** The slot name of the logo on the cover. */
    public static final String LOGO = "logo";

    private Cover() {}

    public static void write(Outline outline, PlanDocument plan, List<String> lines) {
        BookText text = outline.text();
        outline.add(new Figure(LOGO, null, null, null));
        outline.add(new Paragraph(
                Paragraph.Role.TITLE, List.of(org.phaen.documents.flow.Run.of(text.name(plan))), plan.getUuid()));
        for (String line : lines) {
            if (!line.isBlank()) {
                outline.add(Paragraph.of(Paragraph.Role.SUBTITLE, line));
            }
        }
        if (plan.eContainer() instanceof PlanModel model && model.isExampleData()) {
            outline.add(Paragraph.of(Paragraph.Role.CENTERED, text.word("cover.example")));
        }
        outline.endCover();
    }
}
