/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Consent;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.PlanStatus;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-004: once a plan of the file is approved (and so about to be published), each consent it relies on says
 * when it was given and where it is recorded: under the PDPA the office must be able to show the consent.
 */
public final class ConsentEvidencedOnApprovedPlan extends AbstractRule<Consent> {

    public ConsentEvidencedOnApprovedPlan() {
        super("PH-PDP-004", Severity.WARNING, Consent.class);
    }

    @Override
    protected void verify(Consent consent, RuleContext context, Findings findings) {
        if (!approvedPlanIn(consent)) {
            return;
        }
        boolean noDate = consent.getGivenOn() == null;
        boolean noEvidence =
                consent.getEvidence() == null || consent.getEvidence().isBlank();
        String person = ConsentRecords.personOf(consent);
        if (noDate && noEvidence) {
            findings.report(consent, person);
        } else if (noDate) {
            findings.reportVariant(consent, "noDate", person);
        } else if (noEvidence) {
            findings.reportVariant(consent, "noEvidence", person);
        }
    }

    /** Approving a plan makes every consent of its file subject to this rule. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return change.getNotifier() instanceof PlanDocument ? context.all(Consent.class) : List.of();
    }

    private static boolean approvedPlanIn(Consent consent) {
        return EcoreUtil.getRootContainer(consent) instanceof PlanModel model
                && model.getPlans().stream()
                        .anyMatch(p -> p.isSetApprovalStatus() && p.getApprovalStatus() != PlanStatus.DRAFT);
    }
}
