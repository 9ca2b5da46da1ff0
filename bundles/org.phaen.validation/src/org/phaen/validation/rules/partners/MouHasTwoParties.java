/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.Mou;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-001: an MOU has at least two parties; an agreement with fewer is no agreement. */
public final class MouHasTwoParties extends AbstractRule<Mou> {

    public MouHasTwoParties() {
        super("PH-PAR-001", Severity.ERROR, Mou.class);
    }

    @Override
    protected void verify(Mou mou, RuleContext context, Findings findings) {
        int parties = mou.getParties().size();
        if (parties < 2) {
            findings.report(mou, String.valueOf(parties));
        }
    }
}
