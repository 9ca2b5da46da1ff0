package org.phaen.validation.rules.approval;

import org.phaen.model.PlanDocument;
import org.phaen.model.PlanStatus;
import org.phaen.validation.Findings;

/** What the approval rules share. */
final class Approvals {

    private Approvals() {}

    /** Marked approved, or approved and since revised. */
    static boolean approved(PlanDocument plan) {
        return plan.isSetApprovalStatus() && plan.getApprovalStatus() != PlanStatus.DRAFT;
    }

    static String planLabel(PlanDocument plan) {
        return plan == null ? "" : Findings.labelOf(plan);
    }
}
