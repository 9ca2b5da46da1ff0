/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import org.phaen.model.Named;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IDN-002: every named element needs its Thai name; documents and forms print it. */
public final class RequiredThaiName extends AbstractRule<Named> {

    public RequiredThaiName() {
        super("PH-IDN-002", Severity.ERROR, Named.class);
    }

    @Override
    protected void verify(Named element, RuleContext context, Findings findings) {
        String name = element.getName();
        if (name == null || name.isBlank()) {
            findings.report(element, element.eClass().getName());
        } else if (name.codePoints().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
            findings.reportVariant(element, "notThai", element.eClass().getName());
        }
    }
}
