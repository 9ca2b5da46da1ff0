/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.sample;

import java.math.BigDecimal;
import java.util.List;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetStatus;
import org.phaen.model.Committee;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.ExpenseCategory;
import org.phaen.model.FundingSource;
import org.phaen.model.FundingSourceKind;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Milestone;
import org.phaen.model.Organization;
import org.phaen.model.OrganizationKind;
import org.phaen.model.Person;
import org.phaen.model.PersonRole;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.Strategy;
import org.phaen.model.TargetGroup;

/** One synthetic province: its office, schools, funding sources, a committee, and its projects. */
final class SyntheticProvince {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private final SyntheticPlanGenerator g;
    private final Organization office;
    private final List<Organization> schools;
    private final List<FundingSource> sources;
    private final Person officer;

    SyntheticProvince(SyntheticPlanGenerator generator, PlanModel model, String code) {
        this.g = generator;
        office = organization(
                model, code + "-OFF", "สำนักงานศึกษาธิการจังหวัด " + code, OrganizationKind.EDUCATION_AGENCY);
        schools = List.of(
                organization(model, code + "-S1", "โรงเรียนบ้านหนึ่ง " + code, OrganizationKind.SCHOOL),
                organization(model, code + "-S2", "โรงเรียนบ้านสอง " + code, OrganizationKind.SCHOOL),
                organization(
                        model, code + "-LAO", "องค์การบริหารส่วนตำบล " + code, OrganizationKind.LOCAL_ADMINISTRATION));
        sources = List.of(
                source(
                        model,
                        code + "-FS1",
                        "งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ",
                        FundingSourceKind.PARENT_AGENCY_BUDGET),
                source(model, code + "-FS2", "งบประมาณแผนพัฒนาจังหวัด", FundingSourceKind.PROVINCIAL_DEVELOPMENT_PLAN),
                source(
                        model,
                        code + "-FS3",
                        "งบประมาณองค์กรปกครองส่วนท้องถิ่น",
                        FundingSourceKind.LOCAL_ADMINISTRATION));
        officer = g.named(F.createPerson(), code + "-PER1", "นางสาวสมหญิง ใจดี " + code);
        officer.setRole(PersonRole.OFFICER);
        officer.setAffiliation(office);
        ContactDetail phone = g.id(F.createContactDetail());
        phone.setKind(ContactKind.PHONE);
        phone.setValue("08" + (10000000 + g.random().nextInt(89999999)));
        officer.getContacts().add(phone);
        model.getPeople().add(officer);
        Committee committee = g.named(F.createCommittee(), code + "-COM", "คณะกรรมการติดตามและประเมินผล " + code);
        committee.setOrderNumber("1/2562");
        committee.setOrderDate(g.dateInYear(10));
        for (MembershipRole role : List.of(MembershipRole.CHAIR, MembershipRole.MEMBER, MembershipRole.SECRETARY)) {
            Membership membership = g.id(F.createMembership());
            membership.setRole(role);
            membership.setPerson(officer);
            membership.setOrganization(office);
            committee.getMemberships().add(membership);
        }
        model.getCommittees().add(committee);
    }

    Organization office() {
        return office;
    }

    Project project(String code, Strategy strategy) {
        Project project = g.named(F.createProject(), code, "โครงการพัฒนาคุณภาพการจัดการเรียนรู้ " + code);
        project.setRationale("เพื่อยกระดับผลสัมฤทธิ์ทางการเรียนของผู้เรียนในพื้นที่");
        project.getObjectives().add("เพื่อพัฒนาครูให้จัดการเรียนรู้เชิงรุก");
        project.getObjectives().add("เพื่อยกระดับผลสัมฤทธิ์ทางการเรียนของนักเรียน");
        project.setStatus(ProjectStatus.APPROVED);
        project.setStartDate(g.dateInYear(30));
        project.setEndDate(g.dateInYear(300));
        project.setResponsibleOrganization(office);
        project.getPartners().add(schools.get(g.random().nextInt(schools.size())));
        project.getImplementsStrategies().add(strategy);
        TargetGroup group = g.id(F.createTargetGroup());
        group.setDescription("ครูและนักเรียนในสังกัด");
        group.setQuantity(100 + g.random().nextInt(400));
        group.setUnit("คน");
        project.getTargetGroups().add(group);
        project.getIndicators()
                .add(g.indicator(code + "-K1", SyntheticPlanGenerator.FISCAL_YEAR, SyntheticPlanGenerator.FISCAL_YEAR));
        for (int a = 1; a <= 3; a++) {
            Activity activity = g.named(F.createActivity(), code + "-A" + a, "กิจกรรมที่ " + a + " อบรมเชิงปฏิบัติการ");
            activity.setStartDate(g.dateInYear(30 * a));
            activity.setEndDate(g.dateInYear(30 * a + 20));
            Milestone milestone = g.named(F.createMilestone(), code + "-A" + a + "-M", "รายงานผลกิจกรรมที่ " + a);
            milestone.setDueDate(g.dateInYear(30 * a + 25));
            activity.getMilestones().add(milestone);
            project.getActivities().add(activity);
        }
        for (int b = 0; b < 2; b++) {
            BudgetLine line = g.id(F.createBudgetLine());
            line.setAmount(
                    BigDecimal.valueOf(10_000 + g.random().nextInt(490_000)).add(new BigDecimal("0.50")));
            line.setSource(sources.get(b));
            line.setCategory(b == 0 ? ExpenseCategory.OPERATING : ExpenseCategory.INVESTMENT);
            line.setStatus(BudgetStatus.ALLOCATED);
            project.getBudgetLines().add(line);
        }
        return project;
    }

    private Organization organization(PlanModel model, String code, String name, OrganizationKind kind) {
        Organization organization = g.named(F.createOrganization(), code, name);
        organization.setKind(kind);
        model.getOrganizations().add(organization);
        return organization;
    }

    private FundingSource source(PlanModel model, String code, String name, FundingSourceKind kind) {
        FundingSource source = g.named(F.createFundingSource(), code, name);
        source.setKind(kind);
        source.setFiscalYear(SyntheticPlanGenerator.FISCAL_YEAR);
        model.getFundingSources().add(source);
        return source;
    }
}
