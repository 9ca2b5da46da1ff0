/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.util.List;
import org.phaen.model.Consent;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-003: a consent is withdrawn after it was given. One withdrawn before it was given was never in force, so
 * what it covers is redacted; almost always the two dates were swapped or mistyped.
 */
public final class ConsentNotWithdrawnBeforeGiven extends AbstractRule<Consent> {

    public ConsentNotWithdrawnBeforeGiven() {
        super("PH-PDP-003", Severity.ERROR, Consent.class);
    }

    @Override
    protected void verify(Consent consent, RuleContext context, Findings findings) {
        if (consent.getGivenOn() != null
                && consent.getWithdrawnOn() != null
                && consent.getWithdrawnOn().isBefore(consent.getGivenOn())) {
            findings.report(
                    consent,
                    DateArguments.of(
                            List.of(consent.getGivenOn(), consent.getWithdrawnOn()), ConsentRecords.personOf(consent)));
        }
    }
}
