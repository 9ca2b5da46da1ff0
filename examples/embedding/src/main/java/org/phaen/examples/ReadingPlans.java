package org.phaen.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.FundingSource;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Named;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.query.AlignmentChains;
import org.phaen.model.query.Budgets;
import org.phaen.model.query.Elements;
import org.phaen.model.query.Targets;
import org.phaen.model.resource.LoadReport;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Severity;
import org.phaen.validation.ValidationReport;

/** Reads the samples: issues, goals and FY 2562 targets, the alignment chain to the national strategy, budget by source, validation. */
final class ReadingPlans {

    static final String REGIONAL = "region17-2562.phaen";
    static final String PROVINCIAL = "phitsanulok-2562.phaen";
    private static final FiscalYear FY = FiscalYear.of(2562);

    private ReadingPlans() {
    }

    static void run(Path work) throws Exception {
        System.out.println("== reading the samples");
        ResourceSet set = PlanFiles.newResourceSet();
        LoadReport report = PlanFiles.loadAndCheckLinks(set, work.resolve(PROVINCIAL)); // links load the regional plan
        PlanModel provincial = report.plan();
        PlanFiles.load(set, work.resolve(REGIONAL)); // already in the set: the same resource, not a copy
        System.out.printf("files in the set: %d; unresolved links: %d%n", set.getResources().size(), report.unresolvedLinks().size());

        StrategicPlan plan = Elements.allOf(provincial, StrategicPlan.class).get(0);
        StrategicIssue issue = plan.getStrategicIssues().get(0);
        System.out.printf("%s: %d strategic issues; the first, %s, has %d goals%n", plan.getCode(), plan.getStrategicIssues().size(),
                issue.getCode(), issue.getGoals().size());
        for (Goal goal : issue.getGoals()) {
            for (Indicator indicator : goal.getIndicators()) {
                String target = Targets.forYear(indicator, FY).map(t -> t.getValue().toPlainString()).orElse("none");
                System.out.printf("  %s %s: FY %d target %s %s%n", goal.getCode(), indicator.getCode(), FY.beYear(), target,
                        indicator.getUnit());
            }
        }

        Project project = Elements.byCode(provincial, "PLK62-01", Project.class).orElseThrow();
        List<PlanElement> chain = AlignmentChains.toNationalStrategy(project).orElseThrow();
        System.out.println("alignment chain of " + project.getCode() + ": "
                + chain.stream().map(Named::getCode).collect(Collectors.joining(" -> ")));

        ActionPlan actionPlan = Elements.allOf(provincial, ActionPlan.class).get(0);
        System.out.printf("%s budget by funding source (baht):%n", actionPlan.getCode());
        for (Map.Entry<FundingSource, BigDecimal> total : Budgets.bySource(actionPlan).entrySet()) {
            System.out.printf("  %-12s %,14.2f%n", total.getKey().getCode(), total.getValue());
        }
        System.out.printf("  %-12s %,14.2f%n", "total", Budgets.total(actionPlan));

        ValidationReport findings = PlanValidator.withAllRules().validate(set);
        System.out.printf("validation of both files: %d errors, %d warnings%n", findings.count(Severity.ERROR),
                findings.count(Severity.WARNING));
    }
}
