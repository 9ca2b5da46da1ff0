/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import org.phaen.model.FundingSource;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-007: a funding source states its kind, fiscal year and ceiling, so budget can be reported by source and held to it. */
public final class FundingSourceDescribed extends AbstractRule<FundingSource> {

    public FundingSourceDescribed() {
        super("PH-BUD-007", Severity.WARNING, FundingSource.class);
    }

    @Override
    protected void verify(FundingSource source, RuleContext context, Findings findings) {
        if (!source.isSetKind()) {
            findings.reportVariant(source, "noKind");
        }
        if (source.getFiscalYear() == 0) {
            findings.reportVariant(source, "noFiscalYear");
        }
        if (source.getCeiling() == null) {
            findings.report(source);
        }
    }
}
