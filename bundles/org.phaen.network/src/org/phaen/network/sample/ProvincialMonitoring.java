/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.ChannelKind;
import org.phaen.model.Committee;
import org.phaen.model.CommitteeKind;
import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ParticipationChannel;
import org.phaen.model.PeriodKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.model.StrategicPlan;

/**
 * How the province follows its action plan: the ก.ต.ป.น. committee, three drive activities, and the FY 2562
 * monitoring plan with the region's reporting periods, its agencies, a reporting schedule to the region and two
 * channels for citizens. The instruments are generated afterwards, as {@code phaen instruments --update-model} does.
 */
final class ProvincialMonitoring {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private final SampleContext c;
    private final ProvincialAgencies agencies;

    ProvincialMonitoring(SampleContext context, ProvincialAgencies agencies) {
        this.c = context;
        this.agencies = agencies;
    }

    void build(PlanModel model, StrategicPlan plan, ActionPlan action) {
        String p = c.province().code();
        Committee committee = committee(p, action, plan);
        model.getCommittees().add(committee);
        drive(
                model,
                1,
                DriveActivityKind.BRIEFING_MEETING,
                LocalDate.of(2018, 11, 12 + c.random().nextInt(10)),
                plan,
                action);
        drive(
                model,
                2,
                DriveActivityKind.PUBLICITY,
                LocalDate.of(2019, 2, 4 + c.random().nextInt(20)),
                plan,
                action);
        drive(
                model,
                3,
                DriveActivityKind.REVIEW_MEETING,
                LocalDate.of(2019, 4, 18 + c.random().nextInt(10)),
                plan,
                action);
        MonitoringPlan monitoring = c.named(F.createMonitoringPlan(), "MON-" + p + "-2562", c.text("monitoring.name"));
        monitoring.setNameEn(c.texts().get("monitoring.nameEn", c.province().nameEn(), null, null));
        monitoring.setDescription(c.text("monitoring.description"));
        monitoring.setFiscalYear(2562);
        monitoring.getActionPlans().add(action);
        monitoring.setCommittee(committee);
        monitoring.getReportingAgencies().addAll(agencies.reporting());
        for (ReportingPeriod period :
                c.regional(MonitoringPlan.class, "MON-R17-2562").getReportingPeriods()) {
            ReportingPeriod copy = EcoreUtil.copy(period);
            copy.setUuid(null);
            monitoring.getReportingPeriods().add(copy);
        }
        monitoring.getReportingSchedules().add(schedule(action, monitoring.getReportingPeriods()));
        monitoring
                .getParticipationChannels()
                .add(channel("BOX", ChannelKind.COMPLAINT_BOX, c.text("channel.box.address"), "box"));
        monitoring
                .getParticipationChannels()
                .add(channel(
                        "SURVEY",
                        ChannelKind.SURVEY,
                        "https://www.example.org/" + p.toLowerCase() + "-survey",
                        "survey"));
        model.getMonitoringPlans().add(monitoring);
    }

    private Committee committee(String p, ActionPlan action, StrategicPlan plan) {
        Committee committee = c.named(F.createCommittee(), "CMT-" + p + "-KTPN", c.text("committee.name"));
        committee.setNameEn(c.texts().get("committee.nameEn", c.province().nameEn(), null, null));
        committee.setKind(CommitteeKind.COMMITTEE);
        committee.setOrderNumber(c.between(20, 80) + "/2561");
        committee.setOrderDate(LocalDate.of(2018, 10, 15 + c.random().nextInt(15)));
        committee.setAppointedBy(c.office());
        committee.setMandate(c.text("committee.mandate"));
        committee.getResponsibleFor().add(action);
        committee.getResponsibleFor().addAll(plan.getStrategicIssues());
        committee.getMemberships().add(membership(MembershipRole.CHAIR, c.office(), c.text("committee.chair")));
        for (Organization agency : agencies.reporting().subList(1, 4)) {
            committee
                    .getMemberships()
                    .add(membership(MembershipRole.MEMBER, agency, c.text("committee.member", null, agency.getName())));
        }
        committee.getMemberships().add(membership(MembershipRole.SECRETARY, c.office(), c.text("committee.secretary")));
        return committee;
    }

    private static Membership membership(MembershipRole role, Organization organization, String position) {
        Membership membership = F.createMembership();
        membership.setRole(role);
        membership.setOrganization(organization);
        membership.setPosition(position);
        return membership;
    }

    private void drive(
            PlanModel model, int n, DriveActivityKind kind, LocalDate date, StrategicPlan plan, ActionPlan action) {
        DriveActivity drive =
                c.named(F.createDriveActivity(), "DRV-" + c.province().code() + "-62-0" + n, c.text("drive." + n));
        drive.setKind(kind);
        drive.setDate(date);
        drive.setAudience(c.text("drive." + n + ".audience"));
        drive.setChannel(c.text("drive.channel"));
        drive.setOrganizer(c.office());
        drive.getRelatedElements().add(action);
        drive.getRelatedElements().addAll(plan.getStrategicIssues());
        model.getDriveActivities().add(drive);
    }

    /** A report for each period, due ten days after it ends (cumulative ones fifteen, and to the ministry too). */
    private ReportingSchedule schedule(ActionPlan action, List<ReportingPeriod> periods) {
        ReportingSchedule schedule =
                c.named(F.createReportingSchedule(), "SCH-" + action.getCode(), c.text("schedule.name"));
        schedule.setNameEn(c.text("schedule.nameEn"));
        schedule.setActionPlan(action);
        List<ReportingPeriod> ordered = new ArrayList<>(periods);
        ordered.sort(
                java.util.Comparator.comparing(ReportingPeriod::getEndDate).thenComparing(ReportingPeriod::getMonths));
        for (ReportingPeriod period : ordered) {
            boolean quarter = period.getKind() == PeriodKind.QUARTER;
            String n = String.valueOf(quarter ? period.getSequence() : period.getMonths());
            ScheduledReport report = c.named(
                    F.createScheduledReport(),
                    "RPT-" + period.getCode().substring(5) + "-2562",
                    c.text("report." + period.getKind().getName(), null, n));
            report.setNameEn(c.text("report." + period.getKind().getName() + ".en", null, n));
            report.setPeriod(period);
            report.setDueDate(period.getEndDate().plusDays(quarter ? 10 : 15));
            report.setResponsible(c.office());
            report.getRecipients().add(c.regional(Organization.class, "REG17"));
            if (!quarter) {
                report.getRecipients().add(c.regional(Organization.class, "OPS-MOE"));
            }
            schedule.getReports().add(report);
        }
        return schedule;
    }

    private ParticipationChannel channel(String code, ChannelKind kind, String address, String key) {
        ParticipationChannel channel = c.named(
                F.createParticipationChannel(), "CH-" + c.province().code() + "-" + code, c.text("channel." + key));
        channel.setKind(kind);
        channel.setAddress(address);
        channel.setAudience(c.text("channel." + key + ".audience"));
        return channel;
    }
}
