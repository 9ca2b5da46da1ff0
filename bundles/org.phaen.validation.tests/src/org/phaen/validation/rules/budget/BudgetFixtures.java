package org.phaen.validation.rules.budget;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetStatus;
import org.phaen.model.ExpenseCategory;
import org.phaen.model.FundingSource;
import org.phaen.model.FundingSourceKind;
import org.phaen.model.PhaenFactory;
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
import org.phaen.validation.Severity;

/** Funding sources, action plans with projects and budget lines, and strategic plans they carry out. */
final class BudgetFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private BudgetFixtures() {
    }

    static BigDecimal baht(String amount) {
        return new BigDecimal(amount);
    }

    static FundingSource source(PlanModel model, String code, int fiscalYear, String ceiling) {
        FundingSource source = F.createFundingSource();
        source.setCode(code);
        source.setName("งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ");
        source.setKind(FundingSourceKind.PARENT_AGENCY_BUDGET);
        source.setFiscalYear(fiscalYear);
        source.setCeiling(ceiling == null ? null : baht(ceiling));
        model.getFundingSources().add(source);
        return source;
    }

    static ActionPlan actionPlan(PlanModel model, String code, int fiscalYear) {
        ActionPlan plan = F.createActionPlan();
        plan.setCode(code);
        plan.setName("แผนปฏิบัติราชการประจำปี");
        plan.setFiscalYear(fiscalYear);
        model.getPlans().add(plan);
        return plan;
    }

    static Project project(ActionPlan plan, String code, Strategy... strategies) {
        Project project = F.createProject();
        project.setCode(code);
        project.setName("โครงการพัฒนาครู");
        project.getImplementsStrategies().addAll(List.of(strategies));
        plan.getProjects().add(project);
        return project;
    }

    /** A complete budget line (operating, allocated) of the amount, drawing on the source. */
    static BudgetLine line(Project project, String amount, FundingSource source) {
        BudgetLine line = F.createBudgetLine();
        line.setUuid("line-" + project.getCode() + "-" + project.getBudgetLines().size());
        line.setDescription("ค่าใช้จ่ายในการอบรม");
        line.setAmount(amount == null ? null : baht(amount));
        line.setSource(source);
        line.setCategory(ExpenseCategory.OPERATING);
        line.setStatus(BudgetStatus.ALLOCATED);
        project.getBudgetLines().add(line);
        return line;
    }

    static StrategicPlan strategicPlan(PlanModel model, String code, PlanLevel level) {
        StrategicPlan plan = F.createStrategicPlan();
        plan.setCode(code);
        plan.setName("แผนยุทธศาสตร์");
        plan.setLevel(level);
        model.getPlans().add(plan);
        return plan;
    }

    static StrategicIssue issue(StrategicPlan plan, String code) {
        StrategicIssue issue = F.createStrategicIssue();
        issue.setCode(code);
        issue.setName("พัฒนาคุณภาพผู้เรียน");
        plan.getStrategicIssues().add(issue);
        return issue;
    }

    static Strategy strategy(StrategicIssue issue, String code) {
        Strategy strategy = F.createStrategy();
        strategy.setCode(code);
        strategy.setName("ส่งเสริมการอ่าน");
        issue.getStrategies().add(strategy);
        return strategy;
    }

    static void align(Strategy below, Strategy above) {
        Alignment alignment = F.createAlignment();
        alignment.setTarget(above);
        below.getAlignments().add(alignment);
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
}
