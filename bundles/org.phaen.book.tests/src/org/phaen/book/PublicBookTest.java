/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanDocument;
import org.phaen.model.StrategicPlan;
import org.phaen.model.privacy.MarkupText;
import org.phaen.model.privacy.PersonalDataMatcher;

/**
 * {@code phaen book --public}: the HTML book leaves out the names' contacts of people who have not consented, with the
 * redaction the public site uses, and the public site's scan of what was written finds nothing. The book without
 * {@code --public} does print them (so the check can fail).
 */
class PublicBookTest {

    @Test
    void thePublicHtmlBookHoldsNoPersonalDataOfPeopleWithoutConsent() throws Exception {
        StrategicPlan plan = Samples.regional();
        PersonalDataMatcher personal = PersonalDataMatcher.loadedWith(plan, Samples.DAY);
        assertFalse(personal.terms().isEmpty(), "the sample names people who have not consented");
        for (BookOptions options :
                List.of(BookOptions.strategic(), BookOptions.strategic().inEnglish())) {
            String internal = html(plan, options);
            String published = html(plan, options.asPublic());
            assertFalse(
                    found(personal, internal).isEmpty(),
                    "the internal book prints the contacts the public one must leave out");
            assertEquals(List.of(), found(personal, published), "the scan phaen publish runs over its site");
            assertTrue(
                    published.contains(PersonalDataMatcher.REDACTED) || options.english(), "redacted where they stood");
        }
    }

    private static String html(PlanDocument plan, BookOptions options) throws Exception {
        return new String(
                Samples.bytes(PlanBooks.of(plan, options, Samples.DAY), BookFormat.HTML), StandardCharsets.UTF_8);
    }

    private static List<String> found(PersonalDataMatcher personal, String html) {
        List<String> out = new ArrayList<>();
        for (String text : MarkupText.readable(html)) {
            personal.find(text).forEach(m -> out.add(m.describe()));
        }
        return out;
    }
}
