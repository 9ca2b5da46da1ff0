/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/**
 * One validation rule: a stable ID (e.g. {@code PH-ALN-001}), a severity, the kind of element it
 * checks, and the check itself. Messages live in the rule's message bundle under
 * {@code <ID>.message} and {@code <ID>.hint}, in English and Thai. Rules are stateless; anything
 * they need to know about the rest of the plan comes from the {@link RuleContext}.
 */
public interface Rule {

    /** The stable ID, e.g. {@code PH-ALN-001}; unique among all rules. */
    String id();

    /** How serious this rule's findings are. */
    Severity severity();

    /** The kind of element this rule checks (instances of subclasses are checked too). */
    Class<? extends EObject> type();

    /** Checks one element, reporting problems to {@code findings}. */
    void check(EObject element, RuleContext context, Findings findings);

    /**
     * Elements this rule must check again after a change, beyond the ones live validation always
     * rechecks (the changed element, its containers, what it refers to and what refers to it).
     * Rules that compare elements with each other (unique codes, totals) name the others here.
     */
    default Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return List.of();
    }

    /**
     * Where the messages of this rule are: the base name of a properties bundle next to the rule
     * class ({@code messages} → {@code messages.properties}, {@code messages_th.properties}).
     */
    default String messageBundle() {
        return getClass().getPackageName().replace('.', '/') + "/messages";
    }
}
