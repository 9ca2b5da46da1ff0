/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.personaldata.PersonalDataFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.PlanStatus;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** PH-PDP-003..005: consent records are given before they are withdrawn, evidenced once a plan is approved, and do not overlap. */
class ConsentRecordRulesTest {

    private final PlanModel model = F.createPlanModel();
    private final Person person = person(model);

    @Test
    void aConsentWithdrawnBeforeItWasGivenIsAnError() {
        Consent swapped = consent("2019-03-01", "2018-10-01", true);
        consent("2018-10-01", "2018-10-01", false); // withdrawn the day it was given: never in force, but not reversed
        consent("2018-10-01", null, false);
        Finding finding = assertOnlyFinding(
                RuleTester.run(new ConsentNotWithdrawnBeforeGiven(), model),
                swapped,
                Severity.ERROR,
                "A consent of " + PERSON + " (" + label(swapped)
                        + ") is withdrawn on 2018-10-01, before it was given on 2019-03-01, so it was never"
                        + " in force and what it covers is redacted.",
                "ความยินยอมของ " + PERSON + " (" + label(swapped)
                        + ") มีวันที่ถอนความยินยอม (1 ตุลาคม 2561) ก่อนวันที่ให้ความยินยอม (1 มีนาคม 2562)"
                        + " ความยินยอมนี้จึงไม่เคยมีผล และข้อมูลที่ครอบคลุมจะถูกปิดทับ");
        assertNotNull(finding);
    }

    @Test
    void onceAPlanIsApprovedEachConsentHasItsDateAndEvidence() {
        Consent neither = consent(null, null, true);
        Consent noDate = consent(null, null, false);
        noDate.setEvidence("หนังสือแสดงความยินยอม ลงวันที่ 1 ตุลาคม 2561");
        Consent noEvidence = consent("2018-10-01", null, false);
        Consent complete = consent("2018-10-01", null, false);
        complete.setEvidence("หนังสือแสดงความยินยอม ลงวันที่ 1 ตุลาคม 2561");
        StrategicPlan plan = strategicPlan(model, PlanLevel.PROVINCIAL_EDUCATION_PLAN, "SP-1", "แผนพัฒนาการศึกษา");
        assertEquals(List.of(), RuleTester.run(new ConsentEvidencedOnApprovedPlan(), model), "no approved plan yet");
        plan.setApprovalStatus(PlanStatus.DRAFT);
        assertEquals(
                List.of(), RuleTester.run(new ConsentEvidencedOnApprovedPlan(), model), "a draft is not published");

        plan.setApprovalStatus(PlanStatus.APPROVED);
        List<Finding> findings = RuleTester.run(new ConsentEvidencedOnApprovedPlan(), model);
        assertEquals(3, findings.size(), findings::toString);
        assertFinding(
                findingOn(neither, findings),
                neither,
                Severity.WARNING,
                "A consent of " + PERSON + " (" + label(neither)
                        + ") has neither the date it was given nor its evidence, and a plan of this file is approved.",
                "ความยินยอมของ " + PERSON + " (" + label(neither)
                        + ") ยังไม่ได้ระบุทั้งวันที่ให้ความยินยอมและหลักฐาน ขณะที่แผนในแฟ้มนี้ได้รับความเห็นชอบแล้ว");
        assertFinding(
                findingOn(noDate, findings),
                noDate,
                Severity.WARNING,
                "A consent of " + PERSON + " (" + label(noDate)
                        + ") has no date it was given, and a plan of this file is approved.",
                "ความยินยอมของ " + PERSON + " (" + label(noDate)
                        + ") ยังไม่ได้ระบุวันที่ให้ความยินยอม ขณะที่แผนในแฟ้มนี้ได้รับความเห็นชอบแล้ว");
        assertFinding(
                findingOn(noEvidence, findings),
                noEvidence,
                Severity.WARNING,
                "A consent of " + PERSON + " (" + label(noEvidence)
                        + ") does not say where it is recorded, and a plan of this file is approved.",
                "ความยินยอมของ " + PERSON + " (" + label(noEvidence)
                        + ") ยังไม่ได้ระบุหลักฐานการให้ความยินยอม ขณะที่แผนในแฟ้มนี้ได้รับความเห็นชอบแล้ว");
    }

    @Test
    void twoRecordsInForceTogetherForOneDetailAreReportedOnTheLaterOne() {
        ContactDetail email = contact(person, ContactKind.EMAIL, "somsri@example.org");
        ContactDetail phone = person.getContacts().get(0);
        Consent first = consent("2018-10-01", null, true);
        first.getCoversContacts().add(phone);
        Consent renewed = consent("2019-10-01", null, false);
        renewed.getCoversContacts().addAll(List.of(phone, email));
        List<Finding> findings = RuleTester.run(new ConsentRecordsDoNotOverlap(), model);
        assertOnlyFinding(
                findings,
                renewed,
                Severity.WARNING,
                "A consent of " + PERSON + " (" + label(renewed)
                        + ") covers the phone number that an earlier record (given on 2018-10-01) already covers at the same time.",
                "ความยินยอมของ " + PERSON + " (" + label(renewed)
                        + ") ครอบคลุมหมายเลขโทรศัพท์ ซึ่งความยินยอมรายการก่อนหน้า (ให้ไว้เมื่อ 1 ตุลาคม 2561) ครอบคลุมอยู่แล้วในช่วงเวลาเดียวกัน");

        renewed.setCoversName(true);
        assertEquals(2, RuleTester.run(new ConsentRecordsDoNotOverlap(), model).size(), "the name too");
        first.setWithdrawnOn(date("2019-10-01")); // withdrawn the day the renewed record is given: one after the other
        assertEquals(List.of(), RuleTester.run(new ConsentRecordsDoNotOverlap(), model));
    }

    private Consent consent(String given, String withdrawn, boolean name) {
        Consent consent = F.createConsent();
        consent.setGivenOn(date(given));
        consent.setWithdrawnOn(date(withdrawn));
        consent.setCoversName(name);
        person.getConsents().add(consent);
        return consent;
    }

    private static String label(Consent consent) {
        return org.phaen.validation.Findings.labelOf(consent);
    }
}
