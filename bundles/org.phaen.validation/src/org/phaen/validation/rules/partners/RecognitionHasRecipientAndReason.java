/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.Recognition;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-007: a recognition names who receives it and why; a certificate or plaque states both. */
public final class RecognitionHasRecipientAndReason extends AbstractRule<Recognition> {

    public RecognitionHasRecipientAndReason() {
        super("PH-PAR-007", Severity.ERROR, Recognition.class);
    }

    @Override
    protected void verify(Recognition recognition, RuleContext context, Findings findings) {
        boolean noRecipient = recognition.getRecipient() == null;
        boolean noReason = Partners.blank(recognition.getReason());
        if (noRecipient && noReason) {
            findings.report(recognition);
        } else if (noRecipient) {
            findings.reportVariant(recognition, "noRecipient");
        } else if (noReason) {
            findings.reportVariant(recognition, "noReason");
        }
    }
}
