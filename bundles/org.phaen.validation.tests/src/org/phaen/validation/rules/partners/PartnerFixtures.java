package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Mou;
import org.phaen.model.Organization;
import org.phaen.model.Party;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.Recognition;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.Severity;

/** Organisations and people, MOUs between them, committees with seats, recognitions, and projects MOUs support. */
final class PartnerFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;
    static final String MOU = "MOU-01 \"บันทึกข้อตกลงความร่วมมือทางวิชาการ\"";
    static final String COMMITTEE = "CMT-01 \"คณะกรรมการขับเคลื่อนแผนบูรณาการ\"";

    private PartnerFixtures() {
    }

    static Organization organization(PlanModel model, String code, String name) {
        Organization organization = F.createOrganization();
        organization.setCode(code);
        organization.setName(name);
        model.getOrganizations().add(organization);
        return organization;
    }

    static Person person(PlanModel model, String name) {
        Person person = F.createPerson();
        person.setName(name);
        model.getPeople().add(person);
        return person;
    }

    /** MOU-01 between the parties, running over the dates (null: not set). */
    static Mou mou(PlanModel model, String start, String end, Party... parties) {
        Mou mou = F.createMou();
        mou.setCode("MOU-01");
        mou.setName("บันทึกข้อตกลงความร่วมมือทางวิชาการ");
        mou.setStartDate(date(start));
        mou.setEndDate(date(end));
        mou.getParties().addAll(List.of(parties));
        model.getMous().add(mou);
        return mou;
    }

    static Project project(PlanModel model, int fiscalYear, String code, ProjectStatus status) {
        ActionPlan plan = F.createActionPlan();
        plan.setCode("AP" + fiscalYear);
        plan.setName("แผนปฏิบัติราชการประจำปี");
        plan.setFiscalYear(fiscalYear);
        model.getPlans().add(plan);
        Project project = F.createProject();
        project.setCode(code);
        project.setName("โครงการส่งเสริมการจัดการศึกษาระบบทวิภาคี");
        if (status != null) {
            project.setStatus(status);
        }
        plan.getProjects().add(project);
        return project;
    }

    /** CMT-01 appointed by order 123/2561 of 22 October 2018, with a seat for each role given. */
    static Committee committee(PlanModel model, MembershipRole... roles) {
        Committee committee = F.createCommittee();
        committee.setCode("CMT-01");
        committee.setName("คณะกรรมการขับเคลื่อนแผนบูรณาการ");
        committee.setOrderNumber("123/2561");
        committee.setOrderDate(LocalDate.of(2018, 10, 22));
        Person person = person(model, "นายสมชาย ใจดี");
        for (MembershipRole role : roles) {
            seat(committee, person, role);
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
        Recognition recognition = F.createRecognition();
        recognition.setCode("REC-01");
        recognition.setName("เกียรติบัตรผู้ทำคุณประโยชน์ต่อการจัดการศึกษา");
        recognition.setRecipient(recipient);
        recognition.setReason(reason);
        model.getRecognitions().add(recognition);
        return recognition;
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** The one finding on the element (reports order findings by file, rule, element label and message, not by model order). */
    static Finding findingOn(EObject element, List<Finding> findings) {
        List<Finding> on = findings.stream().filter(f -> f.element() == element).toList();
        assertEquals(1, on.size(), "findings on " + element);
        return on.get(0);
    }

    /** Live validation of the rule over the models, each a file of one resource set (not yet started). */
    static LiveValidation live(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        List<Resource> files = new ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            Resource file = set.createResource(URI.createURI("memory:/plan-" + i + ".phaen"));
            file.getContents().add(models[i]);
            files.add(file);
        }
        return new LiveValidation(new PlanValidator(List.of(rule)), set, files);
    }

    static void assertFinding(Finding finding, EObject element, Severity severity, String en, String th) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(en, finding.message(Language.EN));
        assertEquals(th, finding.message(Language.TH));
        assertTrue(en.contains(finding.elementLabel()) && th.contains(finding.elementLabel()), "the messages name the element");
    }

    static List<String> messagesEn(List<Finding> findings) {
        return findings.stream().map(f -> f.message(Language.EN)).toList();
    }
}
