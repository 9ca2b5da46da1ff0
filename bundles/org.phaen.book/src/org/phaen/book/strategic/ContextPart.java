/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import org.phaen.book.BookText;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicPlan;

/**
 * Part 1: the plan's background, context and environment analysis in its own words (model 1.1), the SWOT table after
 * the analysis (or where a section places it); without text, the plan's description under "background".
 */
final class ContextPart {

    private ContextPart() {}

    static void write(Outline outline, StrategicPlan plan, PartTables tables) {
        BookText text = outline.text();
        outline.part(text.word("part.context"), null);
        Narrative.Heading chapter = outline::chapter;
        boolean any = Narrative.write(outline, plan, SectionKind.BACKGROUND, chapter, tables::write);
        if (!any) {
            outline.chapter(text.word("context.background"), null);
            outline.body(text.pick(plan.getDescription(), null));
        }
        Narrative.write(outline, plan, SectionKind.CONTEXT, chapter, tables::write);
        if (!Narrative.write(outline, plan, SectionKind.ENVIRONMENT_ANALYSIS, chapter, tables::write)
                && !plan.getSwotItems().isEmpty()) {
            outline.chapter(text.word("context.analysis"), null);
        }
        tables.write(PartTables.SWOT);
    }
}
