/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.model.MembershipRole.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.partners.PartnerFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.PlanModel;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** PH-PAR-004 and PH-PAR-005 count seats day by day over the members' terms: a seat handed over is one seat. */
class CommitteeSeatTermsTest {

    private final PlanModel model = F.createPlanModel();
    private final Committee committee = committee(model, MEMBER);

    private Membership seat(MembershipRole role, String start, String end) {
        Membership seat = PartnerFixtures.seat(committee, person(model, "นางสาวอรุณี ศรีสุข"), role);
        seat.setStartDate(start == null ? null : LocalDate.parse(start));
        seat.setEndDate(end == null ? null : LocalDate.parse(end));
        return seat;
    }

    @Test
    void aChairHandedOverMidTermIsOneChairEveryDay() {
        seat(CHAIR, "2018-10-22", "2019-03-31");
        seat(CHAIR, "2019-04-01", null);
        seat(SECRETARY, null, "2019-05-15");
        seat(SECRETARY, "2019-05-16", "2021-09-30");
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneChair(), model));
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneSecretary(), model));
    }

    @Test
    void termsThatOverlapAreSeveralChairsFromTheFirstDayTheyDo() {
        seat(CHAIR, null, "2019-04-01");
        seat(CHAIR, "2019-04-01", null);
        seat(SECRETARY, null, null);
        assertOnlyFinding(
                RuleTester.run(new CommitteeHasOneChair(), model),
                committee,
                Severity.ERROR,
                "Committee " + COMMITTEE + " has 2 chairs on 2019-04-01; a committee has one chair at a time.",
                "คณะกรรมการ " + COMMITTEE
                        + " มีประธาน 2 คนในวันที่ 1 เมษายน 2562 คณะกรรมการมีประธานได้เพียงคนเดียวในเวลาเดียวกัน");
    }

    @Test
    void undatedSeatsOverlapThroughout() {
        seat(SECRETARY, null, null);
        seat(SECRETARY, null, null);
        seat(SECRETARY, "2019-01-01", null);
        assertOnlyFinding(
                RuleTester.run(new CommitteeHasOneSecretary(), model),
                committee,
                Severity.ERROR,
                "Committee " + COMMITTEE + " has 3 secretaries on 2019-01-01; a committee has one secretary at a time.",
                "คณะกรรมการ " + COMMITTEE
                        + " มีเลขานุการ 3 คนในวันที่ 1 มกราคม 2562 คณะกรรมการมีเลขานุการได้เพียงคนเดียวในเวลาเดียวกัน");
    }

    @Test
    void aVacancyBetweenTermsIsReported() {
        seat(SECRETARY, "2018-10-22", "2019-03-31");
        seat(SECRETARY, "2019-05-01", null);
        assertOnlyFinding(
                RuleTester.run(new CommitteeHasOneSecretary(), model),
                committee,
                Severity.ERROR,
                "Committee " + COMMITTEE
                        + " has no secretary from 2019-04-01 to 2019-04-30, between the terms of its secretaries.",
                "คณะกรรมการ " + COMMITTEE
                        + " ไม่มีเลขานุการตั้งแต่วันที่ 1 เมษายน 2562 ถึงวันที่ 30 เมษายน 2562 ระหว่างวาระของเลขานุการแต่ละคน");
    }

    @Test
    void endingTheOutgoingChairsTermClearsTheTwoChairsLive() {
        Membership outgoing = seat(CHAIR, "2018-10-22", null);
        seat(CHAIR, "2019-04-01", null);
        LiveValidation live = RuleTester.live(new CommitteeHasOneChair(), model);
        assertEquals(1, live.start().findings().size(), "two chairs from 2019-04-01");

        outgoing.setEndDate(LocalDate.of(2019, 3, 31));
        live.revalidate();
        assertEquals(List.of(), live.findingsOf(committee), "a change of a member's term rechecks the committee");
        live.dispose();
    }

    @Test
    void aTermEndingBeforeItStartsIsAnErrorOfTheSeat() {
        Membership seat = seat(MEMBER, "2019-04-01", "2019-03-31");
        assertOnlyFinding(
                RuleTester.run(new MembershipNamesMemberAndRole(), model),
                seat,
                Severity.ERROR,
                "A seat on committee " + COMMITTEE + " (position ศึกษาธิการภาค, Membership seat-1) ends on 2019-03-31,"
                        + " before its term starts on 2019-04-01.",
                "กรรมการในคณะกรรมการ " + COMMITTEE + " (ตำแหน่ง ศึกษาธิการภาค, Membership seat-1) มีวาระสิ้นสุดวันที่"
                        + " 31 มีนาคม 2562 ก่อนวันเริ่มวาระ 1 เมษายน 2562");
    }
}
