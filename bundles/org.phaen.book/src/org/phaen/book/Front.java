package org.phaen.book;

import org.phaen.documents.flow.Paragraph;
import org.phaen.model.PlanDocument;
import org.phaen.model.SectionKind;

/** What stands before the table of contents: the foreword and the plan's approval. */
public final class Front {

    private Front() {}

    public static void write(Outline outline, PlanDocument plan) {
        BookText text = outline.text();
        outline.front(text.word("front.foreword"), null);
        if (!Narrative.write(
                outline, plan, SectionKind.FOREWORD, (title, element) -> outline.minor(title, element), table -> {})) {
            outline.body(text.pick(plan.getDescription(), null));
        }
        Approval.write(outline, plan);
        if (plan.getOwnerAgency() != null) {
            outline.add(Paragraph.of(Paragraph.Role.RIGHT, text.name(plan.getOwnerAgency())));
        }
    }
}
