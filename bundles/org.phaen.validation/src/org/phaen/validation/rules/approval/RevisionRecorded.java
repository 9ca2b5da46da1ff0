/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.approval;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanRevision;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-APV-002: a revision of a plan has the day it was made and says what changed; a revision dated before the
 * plan's own approval revises nothing that was approved.
 */
public final class RevisionRecorded extends AbstractRule<PlanRevision> {

    public RevisionRecorded() {
        super("PH-APV-002", Severity.ERROR, PlanRevision.class);
    }

    @Override
    protected void verify(PlanRevision revision, RuleContext context, Findings findings) {
        PlanDocument plan = revision.eContainer() instanceof PlanDocument p ? p : null;
        if (revision.getDate() == null) {
            findings.report(revision, Approvals.planLabel(plan));
        } else if (blank(revision.getDescription())) {
            findings.reportVariant(revision, "noChange", Approvals.planLabel(plan));
        } else if (plan != null
                && plan.getApprovedOn() != null
                && revision.getDate().isBefore(plan.getApprovedOn())) {
            findings.reportVariant(
                    revision,
                    "beforeApproval",
                    DateArguments.of(List.of(revision.getDate(), plan.getApprovedOn()), Approvals.planLabel(plan)));
        }
    }

    /** A change of the plan's approval date can put its revisions before it. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return change.getNotifier() instanceof PlanDocument plan ? plan.getRevisions() : List.of();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
