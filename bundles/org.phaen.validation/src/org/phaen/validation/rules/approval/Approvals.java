/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
