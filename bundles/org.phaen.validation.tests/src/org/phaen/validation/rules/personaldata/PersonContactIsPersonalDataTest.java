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
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class PersonContactIsPersonalDataTest {

    private final PersonContactIsPersonalData rule = new PersonContactIsPersonalData();

    @Test
    void aPersonsPhoneMarkedNotPersonalWithoutConsentIsAWarning() {
        PlanModel model = F.createPlanModel();
        Person person = person(model);
        person.getContacts().get(0).setPersonalData(false);
        ContactDetail line = contact(person, null, "somsri-line");
        line.setPersonalData(false);
        contact(person, ContactKind.EMAIL, "somsri@example.org");
        List<Finding> findings = RuleTester.run(rule, model);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(1),
                person,
                Severity.WARNING,
                PERSON
                        + " has not consented to publication, yet their phone number 081-000-0001 is marked as not personal data,"
                        + " so the public export would publish it.",
                PERSON
                        + " ยังไม่ได้ให้ความยินยอมในการเผยแพร่ แต่หมายเลขโทรศัพท์ 081-000-0001 ถูกระบุว่าไม่ใช่ข้อมูลส่วนบุคคล"
                        + " ชุดข้อมูลเผยแพร่ต่อสาธารณะจึงจะแสดงข้อมูลนี้");
        assertTrue(
                findings.get(0).message(Language.EN).contains("their contact somsri-line is marked"),
                findings.get(0).message(Language.EN));
    }

    @Test
    void personalContactsConsentAndOrganisationsPass() {
        PlanModel model = F.createPlanModel();
        person(model);
        Person consented = person(model);
        consentToAll(consented);
        consented.getContacts().get(0).setPersonalData(false);
        Organization office = F.createOrganization();
        office.setName("สำนักงานศึกษาธิการจังหวัด");
        ContactDetail switchboard = F.createContactDetail();
        switchboard.setKind(ContactKind.PHONE);
        switchboard.setValue("055-000-000");
        switchboard.setPersonalData(false);
        office.getContacts().add(switchboard);
        model.getOrganizations().add(office);
        assertEquals(List.of(), RuleTester.run(rule, model));
    }
}
