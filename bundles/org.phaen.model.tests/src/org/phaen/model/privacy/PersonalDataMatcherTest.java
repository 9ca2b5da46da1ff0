/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.model.Person;

/** Every variant of the corpus is found and redacted; ordinary words and other people's data are left alone. */
class PersonalDataMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 7, 31);

    private final PersonalDataMatcher matcher = PersonalDataMatcher.of(
            List.of(
                    LeakVariants.arunee(),
                    LeakVariants.person("PLK-P03", "วิทยา คงสวัสดิ์", false),
                    LeakVariants.person("R17-P09", "คำ อินทร์แก้ว", false),
                    LeakVariants.person("PLK-P02", "ศิริพร พรหมมา", true)),
            TODAY);

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> variants() throws java.io.IOException {
        return LeakVariants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariantIsFoundAndRedactedWithoutATrace(String label, String text) {
        assertTrue(matcher.matches(text), label + " not found in: " + text);
        String redacted = matcher.redact(text);
        assertTrue(redacted.contains(PersonalDataMatcher.REDACTED), redacted);
        assertFalse(matcher.matches(redacted), label + " still found after redaction: " + redacted);
        for (String fragment :
                List.of("อรุ", "6505", "๖๕๐๕", "arunee", "ARUNEE", "Arunee", "ａｒｕｎｅｅ", "00123", "๐๐๑๒๓")) {
            assertFalse(
                    redacted.replace("\u200b", "").replace(" ", "").contains(fragment),
                    label + " left '" + fragment + "': " + redacted);
        }
    }

    @Test
    void titlesGoWithTheName() {
        assertEquals(
                "บรรยายโดย " + PersonalDataMatcher.REDACTED + " และคณะ",
                matcher.redact("บรรยายโดย ครู นางอรุณี วังทองดี และคณะ"));
        assertEquals(
                "โทร " + PersonalDataMatcher.REDACTED + " วันจันทร์",
                matcher.redact("โทร +66 (0)81-000-6505 วันจันทร์"));
    }

    @Test
    void ordinaryWordsAndNumbersAreLeftAlone() {
        for (String text : List.of(
                "วิทยาศาสตร์และวิทยาการคำนวณ",
                "คำอธิบายโครงการ",
                "ทองคำ",
                "งบประมาณ 1,500,000.00 บาท ปี 2562",
                "โทร 055-000-651",
                "warunee.w@example.org",
                "ครูวิทยาศาสตร์และคณิตศาสตร์",
                "ตามคำแนะนำ",
                "Aruneex",
                "ติดต่อ ศิริพร พรหมมา ผู้ให้ความยินยอม")) {
            assertEquals(text, matcher.redact(text), "changed: " + text);
        }
    }

    @Test
    void aCommonOrShortFirstNameCountsOnlyWithATitle() {
        assertEquals(PersonalDataMatcher.REDACTED + "เล่าเรื่อง", matcher.redact("พ่อคำเล่าเรื่อง"));
        assertEquals("โดย" + PersonalDataMatcher.REDACTED, matcher.redact("โดยนายวิทยา"));
        assertEquals("คำแนะนำ", matcher.redact("คำแนะนำ"));
    }

    @Test
    void consentingPeopleAndDetailsThatAreNotPersonalDataGiveNoTerms() {
        Person office = LeakVariants.person("OFF-1", "สำนักงาน ทดสอบ", true);
        LeakVariants.contact(office, org.phaen.model.ContactKind.PHONE, "055-000-000")
                .setPersonalData(false);
        assertTrue(PersonalDataMatcher.of(List.of(office), TODAY).terms().isEmpty());
    }

    @Test
    void markupIsReadWithAndWithoutItsTags() {
        String html = "<p>อรุณี<br>วังทองดี</p><a href=\"mailto:arunee.w&#64;example.org\">mail</a>";
        List<String> readable = MarkupText.readable(html);
        assertTrue(readable.stream().anyMatch(t -> t.contains("mailto:arunee.w@example.org")));
        assertTrue(readable.stream().anyMatch(t -> t.contains("อรุณีวังทองดี")));
        assertTrue(readable.stream().allMatch(matcher::matches));
    }
}
