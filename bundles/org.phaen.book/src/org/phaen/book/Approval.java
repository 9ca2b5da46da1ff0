/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import org.phaen.documents.flow.Paragraph;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanRevision;

/**
 * The plan's approval as the front matter states it: its status, the committee and meeting or order that approved it,
 * the document and the date, then the revisions since.
 */
public final class Approval {

    private Approval() {}

    public static void write(Outline outline, PlanDocument plan) {
        BookText text = outline.text();
        if (plan.getApprovedOn() == null
                && plan.getDocumentReference() == null
                && !plan.isSetApprovalStatus()
                && plan.getApprovedBy() == null) {
            return;
        }
        outline.minor(text.word("front.approval"), null);
        if (plan.isSetApprovalStatus()) {
            outline.add(Paragraph.of(
                    Paragraph.Role.PLAIN, text.word("front.status", text.label(plan.getApprovalStatus()))));
        }
        if (plan.getApprovedBy() != null) {
            String by = text.name(plan.getApprovedBy());
            String reference =
                    plan.getApprovalReference() == null ? "" : " " + text.digits(plan.getApprovalReference());
            outline.add(Paragraph.of(Paragraph.Role.PLAIN, text.word("front.approvedBy", by + reference)));
        }
        if (plan.getDocumentReference() != null) {
            outline.add(Paragraph.of(
                    Paragraph.Role.PLAIN, text.word("front.reference", text.digits(plan.getDocumentReference()))));
        }
        if (plan.getApprovedOn() != null) {
            outline.add(
                    Paragraph.of(Paragraph.Role.PLAIN, text.word("front.approvedOn", text.date(plan.getApprovedOn()))));
        }
        revisions(outline, plan);
    }

    /** The revisions since the approval, oldest first: date, what changed, approved by (meeting or order). */
    private static void revisions(Outline outline, PlanDocument plan) {
        BookText text = outline.text();
        if (plan.getRevisions().isEmpty()) {
            return;
        }
        java.util.List<org.phaen.documents.flow.Table.Row> rows = new java.util.ArrayList<>();
        int n = 0;
        for (PlanRevision r : plan.getRevisions()) {
            String by = (r.getApprovedBy() == null ? "" : text.name(r.getApprovedBy()) + " ")
                    + text.digits(r.getReference());
            rows.add(Rows.of(r, text.number(++n), text.date(r.getDate()), text.digits(r.getDescription()), by.strip()));
        }
        outline.table(
                text.word("front.revisions"),
                Rows.layout("# C2 L5 L3"),
                java.util.List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.date"),
                        text.word("front.revision.change"),
                        text.word("front.revision.by"))),
                rows,
                null);
    }
}
