/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.Identified;
import org.phaen.model.Named;
import org.phaen.model.Person;
import org.phaen.model.privacy.Consents;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-001: a person named in what the public export includes has consented to publication, or the
 * export must leave their personal contact details out (Personal Data Protection Act B.E. 2562); and no element's
 * free text holds the name or a contact detail of a person who has not consented ({@link FreeTextMentions}).
 */
public final class PublishedPersonConsents extends AbstractRule<EObject> {

    private static final Object MENTIONS = new Object();
    private static final int LISTED = 3;

    public PublishedPersonConsents() {
        super("PH-PDP-001", Severity.WARNING, EObject.class);
    }

    @Override
    protected void verify(EObject element, RuleContext context, Findings findings) {
        if (element instanceof Person person) {
            verifyMentions(person, context, findings);
        } else if (!(element instanceof ContactDetail)) { // a person's own record is where their data belongs
            FreeTextMentions.check(element, context, findings);
        }
    }

    /** A change to a person, their contacts or their consents changes what every element's text must not hold. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object changed = change.getNotifier();
        return changed instanceof Person || changed instanceof ContactDetail || changed instanceof Consent
                ? context.all(Identified.class)
                : List.of();
    }

    private static void verifyMentions(Person person, RuleContext context, Findings findings) {
        LocalDate today = LocalDate.now();
        if (person.getContacts().stream().allMatch(c -> Consents.cover(person, c, today))) {
            return;
        }
        Set<Named> where =
                context.memo(MENTIONS, key -> new PublicMentions(context)).of(person);
        if (!where.isEmpty()) {
            String listed = where.stream().limit(LISTED).map(Findings::labelOf).collect(Collectors.joining(", "));
            findings.report(
                    person, listed, "", "", Math.max(0, where.size() - LISTED)); // text {1}-{3}, numbers from {4}
        }
    }
}
