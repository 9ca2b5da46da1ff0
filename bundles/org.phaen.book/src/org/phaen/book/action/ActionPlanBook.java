/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.action;

import java.util.List;
import org.phaen.book.BookOptions;
import org.phaen.book.BookText;
import org.phaen.book.Cover;
import org.phaen.book.Front;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.PageBreak;
import org.phaen.model.ActionPlan;
import org.phaen.model.SectionKind;

/**
 * A fiscal year's action plan as a book: cover, foreword and approval, contents, the summary (totals per strategic
 * issue and per funding source), then each project on its own pages (objectives, target groups, indicators and targets,
 * activities by quarter, budget by source and quarter, responsible bodies).
 */
public final class ActionPlanBook {

    private ActionPlanBook() {}

    public static FlowDocument of(ActionPlan plan, BookOptions options) {
        BookText text = new BookText(options);
        Outline outline = new Outline(text);
        Cover.write(
                outline,
                plan,
                List.of(
                        plan.getOwnerAgency() == null ? "" : text.name(plan.getOwnerAgency()),
                        text.word("cover.fiscalYear", text.year(plan.getFiscalYear()))));
        Front.write(outline, plan);
        outline.add(new PageBreak());
        outline.add(new Contents(text.word("toc.title"), 3));
        Summary.write(outline, plan);
        outline.part(text.word("part.projects"), null);
        int n = 0;
        for (var project : plan.getProjects()) {
            ProjectPages.write(outline, plan, project, ++n);
        }
        if (Narrative.has(plan, SectionKind.IMPLEMENTATION) || Narrative.has(plan, SectionKind.MONITORING_EVALUATION)) {
            outline.part(text.word("part.followUp"), null);
            for (SectionKind kind : List.of(
                    SectionKind.IMPLEMENTATION, SectionKind.RESOURCE_MOBILISATION, SectionKind.MONITORING_EVALUATION)) {
                Narrative.write(outline, plan, kind, outline::chapter, table -> {});
            }
        }
        return outline.document(text.name(plan), plan.getCode());
    }
}
