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
import org.phaen.model.Committee;
import org.phaen.model.LearningResource;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Mou;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Recognition;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class PublishedPersonConsentsTest {

    private final PublishedPersonConsents rule = new PublishedPersonConsents();

    @Test
    void aResponsiblePersonWithoutConsentIsAWarning() {
        PlanModel model = F.createPlanModel();
        Person person = person(model);
        Project project = project(model);
        project.setResponsiblePerson(person);
        assertOnlyFinding(
                RuleTester.run(rule, model),
                person,
                Severity.WARNING,
                PERSON
                        + " has personal contact details and has not consented to publication, but is named in what the public export"
                        + " includes: PJ-1 \"โครงการรักการอ่าน\". The public export will leave this person's contact details out.",
                PERSON
                        + " มีข้อมูลติดต่อที่เป็นข้อมูลส่วนบุคคลและยังไม่ได้ให้ความยินยอมในการเผยแพร่ แต่มีชื่ออยู่ในส่วนที่เผยแพร่ต่อสาธารณะ"
                        + " ได้แก่ PJ-1 \"โครงการรักการอ่าน\" ชุดข้อมูลเผยแพร่ต่อสาธารณะจะไม่แสดงข้อมูลติดต่อของบุคคลนี้");
    }

    @Test
    void everyPublishedMentionCountsAcrossFilesAndEachPlaceIsNamedOnce() {
        PlanModel people = F.createPlanModel();
        Person person = person(people);
        PlanModel plans = F.createPlanModel();
        project(plans).getResourcePersons().add(person);
        Committee committee = F.createCommittee();
        committee.setCode("CMT-1");
        committee.setName("คณะกรรมการขับเคลื่อนแผน");
        for (MembershipRole role : List.of(MembershipRole.MEMBER, MembershipRole.SECRETARY)) {
            Membership seat = F.createMembership();
            seat.setPerson(person);
            seat.setRole(role);
            committee.getMemberships().add(seat);
        }
        plans.getCommittees().add(committee);
        Recognition recognition = F.createRecognition();
        recognition.setName("ผู้ทำคุณประโยชน์ต่อการศึกษา");
        recognition.setRecipient(person);
        plans.getRecognitions().add(recognition);
        LearningResource resource = F.createLearningResource();
        resource.setName("ศูนย์การเรียนรู้ผ้าทอ");
        resource.setCustodian(person);
        plans.getLearningResources().add(resource);
        Mou mou = F.createMou();
        mou.setName("บันทึกข้อตกลงความร่วมมือ");
        mou.getParties().add(person);
        plans.getMous().add(mou);

        List<Finding> findings = RuleTester.run(rule, people, plans);
        assertEquals(1, findings.size());
        assertSame(person, findings.get(0).element());
        String english = findings.get(0).message(Language.EN);
        assertTrue(
                english.contains("includes: PJ-1 \"โครงการรักการอ่าน\", CMT-1 \"คณะกรรมการขับเคลื่อนแผน\","
                        + " \"ผู้ทำคุณประโยชน์ต่อการศึกษา\", and 2 more."),
                english);
        assertTrue(
                findings.get(0).message(Language.TH).contains("และอีก 2 รายการ"),
                findings.get(0).message(Language.TH));
    }

    @Test
    void consentOrContactsThatAreNotPersonalDataOrNoMentionPass() {
        PlanModel model = F.createPlanModel();
        Person consented = person(model);
        consentToAll(consented);
        Person officeLine = person(model);
        officeLine.getContacts().get(0).setPersonalData(false);
        Person noContacts = person(model);
        noContacts.getContacts().clear();
        person(model); // mentioned nowhere
        Project project = project(model);
        project.setResponsiblePerson(consented);
        project.getResourcePersons().add(officeLine);
        project.getResourcePersons().add(noContacts);
        assertEquals(List.of(), RuleTester.run(rule, model));
    }
}
