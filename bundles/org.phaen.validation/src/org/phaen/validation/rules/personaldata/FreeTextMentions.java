/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Person;
import org.phaen.model.privacy.PersonalDataMatch;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.model.privacy.PersonalTerm;
import org.phaen.model.privacy.TextFields;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;

/**
 * The names and contacts of people who have not consented, found in an element's free text (descriptions,
 * objectives, activity names, ...) however they were written, by the matcher the public outputs redact with.
 */
final class FreeTextMentions {

    private static final Object MATCHER = new Object();

    private record Found(Person person, PersonalTerm.Detail detail) {}

    private FreeTextMentions() {}

    /** Reports variant "text" once per person and kind of detail, naming the fields that hold it. */
    static void check(EObject element, RuleContext context, Findings findings) {
        PersonalDataMatcher matcher =
                context.memo(MATCHER, key -> PersonalDataMatcher.inResources(context.resources(), LocalDate.now()));
        if (matcher.terms().isEmpty()) {
            return;
        }
        Map<Found, Set<String>> fields = new LinkedHashMap<>();
        for (EAttribute attribute : TextFields.of(element.eClass())) {
            for (String value : TextFields.values(element, attribute)) {
                for (PersonalDataMatch match : matcher.find(value)) {
                    fields.computeIfAbsent(
                                    new Found(
                                            match.term().person(), match.term().detail()),
                                    k -> new LinkedHashSet<>())
                            .add(attribute.getName());
                }
            }
        }
        fields.forEach((found, names) -> findings.reportVariant(
                element,
                "text",
                Findings.labelOf(found.person()),
                String.join(", ", names),
                "",
                found.detail().ordinal())); // text {1}-{3}, the kind of detail {4}
    }
}
