/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import org.eclipse.emf.ecore.EObject;

/** Base class for rules about one kind of element. */
public abstract class AbstractRule<T extends EObject> implements Rule {

    private final String id;
    private final Severity severity;
    private final Class<T> type;

    /** A rule with its ID, severity and the kind of element it checks. */
    protected AbstractRule(String id, Severity severity, Class<T> type) {
        this.id = id;
        this.severity = severity;
        this.type = type;
    }

    /** The rule's stable ID. */
    @Override
    public final String id() {
        return id;
    }

    /** How serious the rule's findings are. */
    @Override
    public final Severity severity() {
        return severity;
    }

    /** The kind of element the rule checks. */
    @Override
    public final Class<T> type() {
        return type;
    }

    /** Casts the element to the rule's kind and calls {@link #verify}. */
    @Override
    public final void check(EObject element, RuleContext context, Findings findings) {
        verify(type.cast(element), context, findings);
    }

    /** Checks one element of this rule's kind. */
    protected abstract void verify(T element, RuleContext context, Findings findings);
}
