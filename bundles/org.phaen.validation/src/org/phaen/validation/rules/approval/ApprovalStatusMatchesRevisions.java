/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.approval;

import org.phaen.model.PlanDocument;
import org.phaen.model.PlanStatus;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-APV-003: a plan's status agrees with its revisions: one marked revised records at least one revision, and
 * one that records revisions is not still a draft or merely approved (the book's cover would say the wrong edition).
 */
public final class ApprovalStatusMatchesRevisions extends AbstractRule<PlanDocument> {

    public ApprovalStatusMatchesRevisions() {
        super("PH-APV-003", Severity.WARNING, PlanDocument.class);
    }

    @Override
    protected void verify(PlanDocument plan, RuleContext context, Findings findings) {
        int revisions = plan.getRevisions().size();
        if (plan.isSetApprovalStatus() && plan.getApprovalStatus() == PlanStatus.REVISED && revisions == 0) {
            findings.reportVariant(plan, "noRevision");
        } else if (revisions > 0 && plan.getApprovalStatus() != PlanStatus.REVISED) {
            findings.report(
                    plan,
                    "",
                    "",
                    "",
                    revisions,
                    plan.isSetApprovalStatus() ? plan.getApprovalStatus().getValue() + 1 : 0); // numbers from {4}
        }
    }
}
