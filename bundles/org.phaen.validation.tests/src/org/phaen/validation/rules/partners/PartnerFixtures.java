/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Mou;
import org.phaen.model.Party;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.Recognition;
import org.phaen.validation.Fixtures;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** Organisations and people, MOUs between them, committees with seats, recognitions, and projects MOUs support. */
final class PartnerFixtures {

    static final String MOU = "MOU-01 \"บันทึกข้อตกลงความร่วมมือทางวิชาการ\"";
    static final String COMMITTEE = "CMT-01 \"คณะกรรมการขับเคลื่อนแผนบูรณาการ\"";

    private PartnerFixtures() {}

    /** A person without a code. */
    static Person person(PlanModel model, String name) {
        return Fixtures.person(model, null, name);
    }

    /** MOU-01 between the parties, running over the dates (null: not set). */
    static Mou mou(PlanModel model, String start, String end, Party... parties) {
        Mou mou = named(F.createMou(), "MOU-01", "บันทึกข้อตกลงความร่วมมือทางวิชาการ");
        mou.setStartDate(date(start));
        mou.setEndDate(date(end));
        mou.getParties().addAll(List.of(parties));
        model.getMous().add(mou);
        return mou;
    }

    /** A project of a new action plan of the fiscal year; the status null is left unset. */
    static Project project(PlanModel model, int fiscalYear, String code, ProjectStatus status) {
        Project project = Fixtures.project(
                actionPlan(model, "AP" + fiscalYear, "แผนปฏิบัติราชการประจำปี", fiscalYear),
                code,
                "โครงการส่งเสริมการจัดการศึกษาระบบทวิภาคี");
        if (status != null) {
            project.setStatus(status);
        }
        return project;
    }

    /**
     * CMT-01 appointed by order 123/2561 of 22 October 2018, with a seat for each role given: a seat of one
     * person for a role, an empty seat (no person, no role) for null.
     */
    static Committee committee(PlanModel model, MembershipRole... roles) {
        Committee committee = named(F.createCommittee(), "CMT-01", "คณะกรรมการขับเคลื่อนแผนบูรณาการ");
        committee.setOrderNumber("123/2561");
        committee.setOrderDate(LocalDate.of(2018, 10, 22));
        Person person = person(model, "นายสมชาย ใจดี");
        for (MembershipRole role : roles) {
            seat(committee, role == null ? null : person, role);
        }
        model.getCommittees().add(committee);
        return committee;
    }

    static Membership seat(Committee committee, Person person, MembershipRole role) {
        Membership membership = F.createMembership();
        membership.setUuid("seat-" + committee.getMemberships().size());
        membership.setPerson(person);
        membership.setPosition("ศึกษาธิการภาค");
        if (role != null) {
            membership.setRole(role);
        }
        committee.getMemberships().add(membership);
        return membership;
    }

    static Recognition recognition(PlanModel model, Party recipient, String reason) {
        Recognition recognition =
                named(F.createRecognition(), "REC-01", "เกียรติบัตรผู้ทำคุณประโยชน์ต่อการจัดการศึกษา");
        recognition.setRecipient(recipient);
        recognition.setReason(reason);
        model.getRecognitions().add(recognition);
        return recognition;
    }

    /** Asserts that the rule, over the model of a committee with a seat for each role, reports exactly this error on it. */
    static void assertCommitteeError(Rule rule, MembershipRole[] roles, String english, String thai) {
        PlanModel model = F.createPlanModel();
        Committee committee = committee(model, roles);
        assertOnlyFinding(RuleTester.run(rule, model), committee, Severity.ERROR, english, thai);
    }
}
