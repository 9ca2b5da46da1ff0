/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.approval;

import org.phaen.model.PlanDocument;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-APV-001: a plan marked approved (or approved and revised) says who approved it and when: the book prints
 * "approved by the committee at its meeting of ..." and an approval nobody can trace is no approval.
 */
public final class PlanApprovalRecorded extends AbstractRule<PlanDocument> {

    public PlanApprovalRecorded() {
        super("PH-APV-001", Severity.ERROR, PlanDocument.class);
    }

    @Override
    protected void verify(PlanDocument plan, RuleContext context, Findings findings) {
        if (!Approvals.approved(plan)) {
            return;
        }
        boolean noBody = plan.getApprovedBy() == null;
        boolean noDate = plan.getApprovedOn() == null;
        if (noBody && noDate) {
            findings.report(plan);
        } else if (noBody) {
            findings.reportVariant(plan, "noBody");
        } else if (noDate) {
            findings.reportVariant(plan, "noDate");
        }
    }
}
