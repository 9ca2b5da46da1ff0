package org.phaen.validation.rules.identity;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.FundingSource;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** A small plan file with every kind of coded element, each with its own code. */
final class IdentityFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private IdentityFixtures() {
    }

    static final class Plan {
        final PlanModel model = F.createPlanModel();
        final StrategicPlan plan = named(F.createStrategicPlan(), "PRV", "แผนพัฒนาการศึกษาจังหวัด");
        final StrategicIssue issue = named(F.createStrategicIssue(), "P-1", "คุณภาพผู้เรียน");
        final Goal goal = named(F.createGoal(), "P-G1", "ผู้เรียนอ่านออกเขียนได้");
        final Indicator indicator = named(F.createIndicator(), "P-K1", "ร้อยละของนักเรียนที่อ่านออก");
        final Strategy strategy = named(F.createStrategy(), "P-S1", "ส่งเสริมการอ่าน");
        final ActionPlan actionPlan = named(F.createActionPlan(), "AP62", "แผนปฏิบัติราชการ พ.ศ. 2562");
        final Project project = named(F.createProject(), "PJ-1", "โครงการรักการอ่าน");
        final Organization office = named(F.createOrganization(), "PEO", "สำนักงานศึกษาธิการจังหวัด");
        final FundingSource budget = named(F.createFundingSource(), "FS-1", "งบประมาณรายจ่ายประจำปี");

        Plan() {
            model.getPlans().add(plan);
            plan.getStrategicIssues().add(issue);
            issue.getGoals().add(goal);
            goal.getIndicators().add(indicator);
            issue.getStrategies().add(strategy);
            model.getPlans().add(actionPlan);
            actionPlan.getProjects().add(project);
            model.getOrganizations().add(office);
            model.getFundingSources().add(budget);
        }
    }

    static <T extends Named> T named(T element, String code, String name) {
        element.setCode(code);
        element.setName(name);
        return element;
    }

    /** The findings of the rules over the sample plans in models/, loaded together. */
    static List<Finding> runOnSamples(List<Rule> rules) throws Exception {
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertTrue(context.all(Named.class).size() > 100, "the samples were read");
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
