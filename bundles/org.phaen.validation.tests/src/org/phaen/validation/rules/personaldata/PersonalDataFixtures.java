package org.phaen.validation.rules.personaldata;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** People with contact details, and a project of an action plan that can name them. */
final class PersonalDataFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;
    static final String PERSON = "PER-1 \"สมศรี ใจดี\"";

    private PersonalDataFixtures() {
    }

    /** Person PER-1 in the model's directory, without consent, with one contact detail that is personal data. */
    static Person person(PlanModel model) {
        Person person = F.createPerson();
        person.setCode("PER-1");
        person.setName("สมศรี ใจดี");
        contact(person, ContactKind.PHONE, "081-000-0001");
        model.getPeople().add(person);
        return person;
    }

    static ContactDetail contact(Person person, ContactKind kind, String value) {
        ContactDetail contact = F.createContactDetail();
        if (kind != null) {
            contact.setKind(kind);
        }
        contact.setValue(value);
        person.getContacts().add(contact);
        return contact;
    }

    static Project project(PlanModel model) {
        ActionPlan action = F.createActionPlan();
        action.setCode("AP62");
        action.setName("แผนปฏิบัติราชการ พ.ศ. 2562");
        model.getPlans().add(action);
        Project project = F.createProject();
        project.setCode("PJ-1");
        project.setName("โครงการรักการอ่าน");
        action.getProjects().add(project);
        return project;
    }

    /** The findings of the rules over the sample plans in models/, loaded together. */
    static List<Finding> runOnSamples(List<Rule> rules) throws Exception {
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertFalse(context.all(Person.class).isEmpty(), "the samples were read");
        return new PlanValidator(rules).validate(List.copyOf(set.getResources()), context).findings();
    }

    static Finding assertFinding(Finding finding, Object element, Severity severity, String english, String thai) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(english, finding.message(Language.EN));
        assertEquals(thai, finding.message(Language.TH));
        assertTrue(finding.message(Language.EN).contains(finding.elementLabel()));
        assertTrue(finding.message(Language.TH).contains(finding.elementLabel()));
        assertFalse(finding.hint(Language.EN).isBlank());
        assertFalse(finding.hint(Language.TH).isBlank());
        return finding;
    }
}
