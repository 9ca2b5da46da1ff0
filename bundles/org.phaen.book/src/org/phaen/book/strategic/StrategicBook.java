/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import org.phaen.book.BookOptions;
import org.phaen.book.BookText;
import org.phaen.book.Cover;
import org.phaen.book.Front;
import org.phaen.book.Outline;
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.PageBreak;
import org.phaen.model.StrategicPlan;

/**
 * The strategic plan as a book: cover, foreword and approval, table of contents, then the four parts of a Thai plan
 * book (context and analysis; vision, strategic issues, goals, indicators and strategies with their alignment; the
 * action plans; carrying the plan into practice, resource mobilisation, monitoring and evaluation) and the annexes.
 */
public final class StrategicBook {

    private StrategicBook() {}

    public static FlowDocument of(StrategicPlan plan, BookOptions options) {
        BookText text = new BookText(options);
        Outline outline = new Outline(text);
        Cover.write(
                outline,
                plan,
                java.util.List.of(
                        plan.getOwnerAgency() == null ? "" : text.name(plan.getOwnerAgency()),
                        text.word("cover.period", text.year(plan.getStartYear()), text.year(plan.getEndYear()))));
        Front.write(outline, plan);
        outline.add(new PageBreak());
        outline.add(new Contents(text.word("toc.title"), 3));
        PartTables tables = new PartTables(outline, plan);
        ContextPart.write(outline, plan, tables);
        DirectionPart.write(outline, plan, tables);
        ActionPlansPart.write(outline, plan);
        PracticePart.write(outline, plan, tables);
        AnnexPart.write(outline, plan);
        return AnnexDiagrams.drawn(outline.document(text.name(plan), plan.getCode()), plan, text);
    }
}
