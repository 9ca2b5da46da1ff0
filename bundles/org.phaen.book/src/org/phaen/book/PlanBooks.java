/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.time.LocalDate;
import java.util.List;
import org.phaen.book.action.ActionPlanBook;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.StrategicPlan;
import org.phaen.model.privacy.PersonalDataMatcher;

/**
 * The book of a plan: {@link StrategicBook} for a strategic plan, {@link ActionPlanBook} for an action plan; the public
 * copy has the personal data of people without consent on {@code day} redacted from every text, with the matcher the
 * public site uses.
 */
public final class PlanBooks {

    private PlanBooks() {}

    /** The book of {@code plan}; the public copy redacted with the people and consents of the plan's files on {@code day}. */
    public static FlowDocument of(PlanDocument plan, BookOptions options, LocalDate day) {
        return options.publicCopy()
                ? of(plan, options, PersonalDataMatcher.loadedWith(plan, day))
                : book(plan, options);
    }

    /**
     * The book of {@code plan}; the public copy with what {@code personal} finds redacted from every text. The public
     * site passes its own matcher, so its book is redacted by the same code and matcher as its pages.
     */
    public static FlowDocument of(PlanDocument plan, BookOptions options, PersonalDataMatcher personal) {
        FlowDocument book = book(plan, options);
        return options.publicCopy() ? book.mapText(personal.redactor()) : book;
    }

    private static FlowDocument book(PlanDocument plan, BookOptions options) {
        return switch (plan) {
            case StrategicPlan s -> StrategicBook.of(s, options);
            case ActionPlan a -> ActionPlanBook.of(a, options);
            default ->
                throw new IllegalArgumentException(
                        "no book for a plan of kind " + plan.eClass().getName());
        };
    }

    /** The plan a book of {@code options} is about among {@code plans}: the first strategic plan, or the action plan of the year. */
    public static java.util.Optional<PlanDocument> choose(List<PlanDocument> plans, BookOptions options) {
        return plans.stream()
                .filter(p -> options.kind() == BookKind.STRATEGIC
                        ? p instanceof StrategicPlan s
                                && s.getLevel() != null
                                && s.getLevel().getValue() >= org.phaen.model.PlanLevel.REGIONAL_STRATEGIC_PLAN_VALUE
                        : p instanceof ActionPlan a
                                && (options.fiscalYear() == null || a.getFiscalYear() == options.fiscalYear()))
                .findFirst();
    }
}
