/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.personaldata.PersonalDataFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;

/** PH-PDP-001 also finds a non-consenting person's name or contact typed into free text, however it is written. */
class PersonalDataInFreeTextTest {

    private final PublishedPersonConsents rule = new PublishedPersonConsents();

    @Test
    void aNameAndAPhoneInDescriptionsObjectivesAndActivityNamesAreNamedPerFieldAndKind() {
        PlanModel model = F.createPlanModel();
        Person person = person(model); // สมศรี ใจดี, 081-000-0001, no consent
        person.setHonorific("นาง");
        Project project = project(model);
        project.setDescription("ประสานงานโดยครูสมศรี  โทร ๐๘๑ ๐๐๐ ๐๐๐๑");
        project.getObjectives().add("นักเรียนได้เรียนกับนางสมศรี ใจดี");
        Activity activity = F.createActivity();
        activity.setName("อบรมโดย สม\u200bศรี ใจดี (+66 81-000-0001)");
        project.getActivities().add(activity);

        List<Finding> findings = RuleTester.run(rule, model);
        List<String> onProject = findings.stream()
                .filter(f -> f.element() == project)
                .map(f -> f.message(Language.EN))
                .toList();
        assertEquals(
                List.of(
                        "PJ-1 \"โครงการรักการอ่าน\": the name of " + PERSON
                                + ", who has not consented to publication, is written in its description, objectives. Public outputs redact it, and publish refuses a site that still holds it.",
                        "PJ-1 \"โครงการรักการอ่าน\": the phone number of " + PERSON
                                + ", who has not consented to publication, is written in its description. Public outputs redact it, and publish refuses a site that still holds it."),
                onProject);
        List<Finding> onActivity =
                findings.stream().filter(f -> f.element() == activity).toList();
        assertEquals(2, onActivity.size(), findings.toString());
        assertTrue(
                onActivity
                        .get(0)
                        .message(Language.TH)
                        .contains("มีชื่อของ " + PERSON + " ซึ่งยังไม่ได้ให้ความยินยอมในการเผยแพร่ อยู่ในช่อง name"),
                onActivity.get(0).message(Language.TH));
        assertEquals("PH-PDP-001", onActivity.get(0).ruleId());
    }

    @Test
    void consentOrAPersonsOwnRecordRaisesNothing() {
        PlanModel model = F.createPlanModel();
        Person person = person(model);
        person.setDescription("สมศรี ใจดี ชาวบ้านเรียกว่าแม่สมศรี");
        contact(person, ContactKind.EMAIL, "somsri@example.org");
        Project project = project(model);
        project.setDescription("ติดต่อ SOMSRI@example.org");
        assertEquals(1, RuleTester.run(rule, model).size(), "the e-mail in the project only");
        consentToAll(person);
        assertEquals(List.of(), RuleTester.run(rule, model));
    }
}
