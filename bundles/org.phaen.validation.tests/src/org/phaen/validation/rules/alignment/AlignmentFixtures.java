package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.Goal;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/**
 * Plans for the alignment rules: a complete, valid cascade over two files (the national strategy and
 * the regional plan in one, a provincial plan and its FY 2562 action plan in the other) that tests
 * then break in one place.
 */
final class AlignmentFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private AlignmentFixtures() {
    }

    /** National issue NS-1 ← regional issue R-1 (goal R-G1, strategy R-S1) ← provincial P-1 (P-G1, P-S1 → R-S1) ← project PJ-1. */
    static final class Cascade {
        final PlanModel region = F.createPlanModel();
        final PlanModel province = F.createPlanModel();
        final StrategicPlan national = plan(region, PlanLevel.NATIONAL_STRATEGY, "NS", "ยุทธศาสตร์ชาติ");
        final StrategicIssue nationalIssue = issue(national, "NS-1", "การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์");
        final StrategicPlan regional = plan(region, PlanLevel.REGIONAL_STRATEGIC_PLAN, "REG", "แผนยุทธศาสตร์ภาค");
        final StrategicIssue regionalIssue = issue(regional, "R-1", "คุณภาพการศึกษา");
        final Goal regionalGoal = goal(regionalIssue, "R-G1", "ผู้เรียนมีคุณภาพ");
        final Strategy regionalStrategy = strategy(regionalIssue, "R-S1", "พัฒนาครู", regionalGoal);
        final StrategicPlan provincial = plan(province, PlanLevel.PROVINCIAL_EDUCATION_PLAN, "PRV", "แผนพัฒนาการศึกษาจังหวัด");
        final StrategicIssue provincialIssue = issue(provincial, "P-1", "คุณภาพผู้เรียน");
        final Goal provincialGoal = goal(provincialIssue, "P-G1", "ผู้เรียนอ่านออกเขียนได้");
        final Strategy provincialStrategy = strategy(provincialIssue, "P-S1", "ส่งเสริมการอ่าน", provincialGoal);
        final ActionPlan actionPlan = actionPlan(province, "AP62", 2562, provincial);
        final Project project = project(actionPlan, "PJ-1", "โครงการรักการอ่าน", provincialStrategy);

        Cascade() {
            regional.setStartYear(2561);
            regional.setEndYear(2565);
            align(regionalIssue, nationalIssue);
            align(provincialIssue, regionalIssue);
            align(provincialStrategy, regionalStrategy);
        }

        List<Finding> run(Rule rule) {
            return RuleTester.run(rule, region, province);
        }
    }

    /** Live validation of the rule over the two files of a cascade, started (with no findings). */
    static LiveValidation live(Rule rule, Cascade plans) {
        ResourceSet set = PlanFiles.newResourceSet();
        Resource region = set.createResource(URI.createURI("memory:/region.phaen"));
        region.getContents().add(plans.region);
        Resource province = set.createResource(URI.createURI("memory:/province.phaen"));
        province.getContents().add(plans.province);
        LiveValidation live = new LiveValidation(new PlanValidator(List.of(rule)), set, List.of(region, province));
        assertEquals(List.of(), live.start().findings());
        return live;
    }

    static StrategicPlan plan(PlanModel model, PlanLevel level, String code, String name) {
        StrategicPlan plan = F.createStrategicPlan();
        plan.setCode(code);
        plan.setName(name);
        if (level != null) {
            plan.setLevel(level);
        }
        model.getPlans().add(plan);
        return plan;
    }

    static StrategicIssue issue(StrategicPlan plan, String code, String name) {
        StrategicIssue issue = F.createStrategicIssue();
        issue.setCode(code);
        issue.setName(name);
        plan.getStrategicIssues().add(issue);
        return issue;
    }

    static Goal goal(StrategicIssue issue, String code, String name) {
        Goal goal = F.createGoal();
        goal.setCode(code);
        goal.setName(name);
        issue.getGoals().add(goal);
        return goal;
    }

    static Strategy strategy(StrategicIssue issue, String code, String name, Goal... goals) {
        Strategy strategy = F.createStrategy();
        strategy.setCode(code);
        strategy.setName(name);
        strategy.getServesGoals().addAll(List.of(goals));
        issue.getStrategies().add(strategy);
        return strategy;
    }

    /** An action plan without a level of its own (its projects count as annual action plan elements). */
    static ActionPlan actionPlan(PlanModel model, String code, int fiscalYear, StrategicPlan plan) {
        ActionPlan action = F.createActionPlan();
        action.setCode(code);
        action.setName("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYear);
        action.setFiscalYear(fiscalYear);
        action.setStrategicPlan(plan);
        model.getPlans().add(action);
        return action;
    }

    static Project project(ActionPlan action, String code, String name, Strategy... strategies) {
        Project project = F.createProject();
        project.setCode(code);
        project.setName(name);
        project.getImplementsStrategies().addAll(List.of(strategies));
        action.getProjects().add(project);
        return project;
    }

    static Alignment align(PlanElement from, PlanElement to) {
        Alignment alignment = F.createAlignment();
        alignment.setKind(AlignmentKind.SUPPORTS);
        alignment.setTarget(to);
        from.getAlignments().add(alignment);
        return alignment;
    }

    /** A stand-in for an element of another file, as EMF leaves it when the element cannot be found. */
    static <T extends PlanElement> T proxy(T element, String uri) {
        ((InternalEObject) element).eSetProxyURI(URI.createURI(uri));
        return element;
    }

    /**
     * Like {@link RuleTester#run}, for models whose references lead to files that are not there: EMF
     * adds a resource for each file it tries, so the files to validate are taken before the run.
     */
    static List<Finding> runWithMissingFiles(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        for (int i = 0; i < models.length; i++) {
            Resource resource = set.createResource(URI.createURI("memory:/plan-" + i + ".phaen"));
            resource.getContents().add(models[i]);
        }
        return new PlanValidator(List.of(rule)).validate(List.copyOf(set.getResources()), new RuleContext(set)).findings();
    }

    /** The findings of the rules over the sample plans in models/, loaded together. */
    static List<Finding> runOnSamples(List<Rule> rules) throws Exception {
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        assertEquals(2, set.getResources().size(), "the samples refer only to each other");
        return new PlanValidator(rules).validate(List.copyOf(set.getResources()), new RuleContext(set)).findings();
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
