package org.phaen.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.query.Budgets;
import org.phaen.model.query.Elements;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;
import org.phaen.validation.ValidationReport;

/** Builds a small plan in the integrator's own resource set, aligned to the regional plan, saves, reloads and validates it. */
final class WritingPlans {

    private static final PhaenFactory NEW = PhaenFactory.eINSTANCE;

    private WritingPlans() {
    }

    static void run(Path work) throws Exception {
        System.out.println("== writing a plan");
        ResourceSet set = PlanFiles.configure(new ResourceSetImpl()); // a set the integrator already had
        PlanModel regional = PlanFiles.load(set, work.resolve(ReadingPlans.REGIONAL));
        Strategy regionalStrategy = Elements.allOf(regional, Strategy.class).get(0);

        PlanModel model = NEW.createPlanModel();
        model.setTitle("แผนปฏิบัติการของหน่วยงานตัวอย่าง");
        FundingSource source = NEW.createFundingSource();
        source.setCode("EX-FS1");
        source.setName("งบประมาณตัวอย่าง");
        source.setFiscalYear(2562);
        source.setCeiling(new BigDecimal("50000.00"));
        model.getFundingSources().add(source);
        ActionPlan actionPlan = NEW.createActionPlan();
        actionPlan.setCode("EX-AP2562");
        actionPlan.setName("แผนปฏิบัติการตัวอย่าง ปีงบประมาณ 2562");
        actionPlan.setLevel(PlanLevel.AGENCY_PLAN);
        actionPlan.setFiscalYear(2562);
        model.getPlans().add(actionPlan);
        Project project = NEW.createProject();
        project.setCode("EX-P01");
        project.setName("โครงการอ่านออกเขียนได้");
        project.getImplementsStrategies().add(regionalStrategy);
        Alignment alignment = NEW.createAlignment();
        alignment.setKind(AlignmentKind.IMPLEMENTS);
        alignment.setTarget(regionalStrategy);
        project.getAlignments().add(alignment);
        for (String amount : new String[] { "15000.25", "9999.75" }) {
            BudgetLine line = NEW.createBudgetLine();
            line.setAmount(new BigDecimal(amount));
            line.setSource(source);
            project.getBudgetLines().add(line);
        }
        actionPlan.getProjects().add(project);

        Path file = work.resolve("example-agency-2562.phaen");
        PlanFiles.saveAs(model, set, file);
        PlanModel reloaded = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Project again = Elements.byCode(reloaded, "EX-P01", Project.class).orElseThrow();
        System.out.printf("saved and reloaded %s: %s baht, implements %s of %s%n", again.getCode(), Budgets.total(again).toPlainString(),
                again.getImplementsStrategies().get(0).getCode(), again.getImplementsStrategies().get(0).eResource().getURI().lastSegment());

        ValidationReport report = PlanValidator.withAllRules().validate(List.of(reloaded.eResource()),
                new RuleContext(reloaded.eResource().getResourceSet()));
        TreeSet<String> rules = new TreeSet<>();
        report.findings().stream().map(Finding::ruleId).forEach(rules::add);
        System.out.printf("validation of the new plan: %d findings from rules %s%n", report.findings().size(), rules);
        Finding first = report.findings().stream().filter(f -> f.element() instanceof Project).findFirst().orElseThrow();
        System.out.println("  " + first.ruleId() + " " + first.messageEn());
        System.out.println("  " + first.ruleId() + " " + first.messageTh());

        FiscalYear year = FiscalYear.of(actionPlan.getFiscalYear());
        FiscalPeriod q2 = year.quarter(2);
        System.out.printf("fiscal calendar: %s runs %s..%s; its second quarter %s..%s%n", year.labelEn(), year.start(), year.end(),
                q2.start(), q2.end());
    }
}
