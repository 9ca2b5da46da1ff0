/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import java.util.List;
import org.phaen.model.Mou;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-002: an MOU has a start and an end date, and ends after it starts; its term decides which projects it can cover. */
public final class MouEndsAfterStart extends AbstractRule<Mou> {

    public MouEndsAfterStart() {
        super("PH-PAR-002", Severity.ERROR, Mou.class);
    }

    @Override
    protected void verify(Mou mou, RuleContext context, Findings findings) {
        if (mou.getStartDate() == null && mou.getEndDate() == null) {
            findings.reportVariant(mou, "noDates");
        } else if (mou.getStartDate() == null) {
            findings.reportVariant(mou, "noStart");
        } else if (mou.getEndDate() == null) {
            findings.reportVariant(mou, "noEnd");
        } else if (!mou.getEndDate().isAfter(mou.getStartDate())) {
            findings.report(mou, DateArguments.of(List.of(mou.getStartDate(), mou.getEndDate())));
        }
    }
}
