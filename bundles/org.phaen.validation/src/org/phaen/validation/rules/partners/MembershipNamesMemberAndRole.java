/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import java.util.List;
import org.phaen.model.Membership;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-008: a committee seat names a person or an organisation (an office holder) and the role held, for a term that ends after it starts. */
public final class MembershipNamesMemberAndRole extends AbstractRule<Membership> {

    public MembershipNamesMemberAndRole() {
        super("PH-PAR-008", Severity.ERROR, Membership.class);
    }

    @Override
    protected void verify(Membership membership, RuleContext context, Findings findings) {
        String committee = membership.eContainer() == null ? "-" : Findings.labelOf(membership.eContainer());
        String position = Partners.blank(membership.getPosition()) ? "-" : membership.getPosition();
        if (membership.getPerson() == null && membership.getOrganization() == null) {
            findings.report(membership, committee, position);
        }
        if (!membership.isSetRole()) {
            findings.reportVariant(membership, "noRole", committee, position);
        }
        if (membership.getStartDate() != null
                && membership.getEndDate() != null
                && membership.getEndDate().isBefore(membership.getStartDate())) {
            findings.reportVariant(
                    membership,
                    "endsBeforeStart",
                    DateArguments.of(List.of(membership.getStartDate(), membership.getEndDate()), committee, position));
        }
    }
}
