/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import org.phaen.documents.flow.Paragraph;
import org.phaen.model.PlanDocument;
import org.phaen.model.SectionKind;

/** What stands before the table of contents: the foreword and the plan's approval. */
public final class Front {

    private Front() {}

    public static void write(Outline outline, PlanDocument plan) {
        BookText text = outline.text();
        String foreword = text.word("front.foreword");
        outline.front(foreword, null);
        // A foreword section titled as the page is ("คำนำ") is not titled twice.
        if (!Narrative.write(
                outline,
                plan,
                SectionKind.FOREWORD,
                (title, element) -> {
                    if (!title.equals(foreword)) {
                        outline.minor(title, element);
                    }
                },
                table -> {})) {
            outline.body(text.pick(plan.getDescription(), null));
        }
        Approval.write(outline, plan);
        if (plan.getOwnerAgency() != null) {
            outline.add(Paragraph.of(Paragraph.Role.RIGHT, text.name(plan.getOwnerAgency())));
        }
    }
}
