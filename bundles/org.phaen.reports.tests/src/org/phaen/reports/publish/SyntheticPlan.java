/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.math.BigDecimal;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.ChannelKind;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.FundingSource;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ParticipationChannel;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;

/**
 * A small plan whose people are planted where a careless pack would print them: a responsible person, a name in
 * a project's title, an e-mail as a channel address and a phone in an organisation's name.
 */
final class SyntheticPlan {

    static final String NAME = "สมศักดิ์ ทดสอบสกุล";
    static final String PHONE = "089-123-4567";
    static final String EMAIL = "somsak.t@example.net";
    static final String OTHER_NAME = "มาลี ใจดีงาม";

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private SyntheticPlan() {}

    static ActionPlan create() {
        ResourceSet set = PlanFiles.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/synthetic.phaen"));
        PlanModel model = F.createPlanModel();
        model.setUuid("syn-model");
        resource.getContents().add(model);
        Person somsak = person("syn-p1", NAME, "นาย");
        somsak.getContacts().add(contact("syn-c1", ContactKind.PHONE, PHONE));
        somsak.getContacts().add(contact("syn-c2", ContactKind.EMAIL, EMAIL));
        Person malee = person("syn-p2", OTHER_NAME, "นาง");
        malee.getContacts().add(contact("syn-c3", ContactKind.LINE_ID, "malee-line-syn"));
        model.getPeople().add(somsak);
        model.getPeople().add(malee);
        Organization office = F.createOrganization();
        office.setUuid("syn-o1");
        office.setName("สำนักงานทดสอบ (โทร " + PHONE + ")");
        model.getOrganizations().add(office);
        FundingSource source = F.createFundingSource();
        source.setUuid("syn-f1");
        source.setName("งบประมาณทดสอบ");
        model.getFundingSources().add(source);
        ActionPlan plan = F.createActionPlan();
        plan.setUuid("syn-ap");
        plan.setName("แผนปฏิบัติราชการทดสอบ");
        plan.setFiscalYear(2562);
        plan.setOwnerAgency(office);
        model.getPlans().add(plan);
        Project project = F.createProject();
        project.setUuid("syn-pr1");
        project.setCode("SYN-01");
        project.setName("โครงการพัฒนาครูโดย" + NAME);
        project.setResponsiblePerson(somsak);
        project.getResourcePersons().add(malee);
        project.setResponsibleOrganization(office);
        BudgetLine line = F.createBudgetLine();
        line.setUuid("syn-b1");
        line.setAmount(new BigDecimal("1000.00"));
        line.setSource(source);
        project.getBudgetLines().add(line);
        plan.getProjects().add(project);
        MonitoringPlan monitoring = F.createMonitoringPlan();
        monitoring.setUuid("syn-m1");
        monitoring.setName("แผนติดตามทดสอบ");
        monitoring.setFiscalYear(2562);
        monitoring.getActionPlans().add(plan);
        ParticipationChannel channel = F.createParticipationChannel();
        channel.setUuid("syn-ch1");
        channel.setName("ส่งความคิดเห็นทางอีเมล");
        channel.setKind(ChannelKind.OTHER);
        channel.setAddress(EMAIL);
        monitoring.getParticipationChannels().add(channel);
        model.getMonitoringPlans().add(monitoring);
        return plan;
    }

    private static Person person(String uuid, String name, String honorific) {
        Person p = F.createPerson();
        p.setUuid(uuid);
        p.setName(name);
        p.setHonorific(honorific);
        return p;
    }

    private static ContactDetail contact(String uuid, ContactKind kind, String value) {
        ContactDetail c = F.createContactDetail();
        c.setUuid(uuid);
        c.setKind(kind);
        c.setValue(value);
        return c;
    }
}
