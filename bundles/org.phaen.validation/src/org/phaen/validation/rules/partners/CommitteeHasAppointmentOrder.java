/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.Committee;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-006: a committee names the number and date of the order appointing it, its legal footing. */
public final class CommitteeHasAppointmentOrder extends AbstractRule<Committee> {

    public CommitteeHasAppointmentOrder() {
        super("PH-PAR-006", Severity.ERROR, Committee.class);
    }

    @Override
    protected void verify(Committee committee, RuleContext context, Findings findings) {
        boolean noNumber = Partners.blank(committee.getOrderNumber());
        boolean noDate = committee.getOrderDate() == null;
        if (noNumber && noDate) {
            findings.report(committee);
        } else if (noNumber) {
            findings.reportVariant(committee, "noNumber");
        } else if (noDate) {
            findings.reportVariant(committee, "noDate");
        }
    }
}
