package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-005: a declared budget total (project, action plan, strategic issue or plan) equals its budget lines to the satang. */
public final class DeclaredTotalsReconcile extends AbstractRule<PlanElement> {

    public DeclaredTotalsReconcile() {
        super("PH-BUD-005", Severity.ERROR, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        if (element instanceof Project project && project.getBudgetTotal() != null) {
            compare(project, null, project.getBudgetTotal(), Budgets.sum(project.getBudgetLines()), 1, findings);
        } else if (element instanceof ActionPlan plan && plan.getBudgetTotal() != null) {
            compare(plan, "actionPlan", plan.getBudgetTotal(), Budgets.sumOfProjects(plan.getProjects()), plan.getProjects().size(),
                    findings);
        } else if (element instanceof StrategicIssue issue && issue.getBudgetTotal() != null) {
            Set<Project> projects = Budgets.projectsCarryingOut(issue.getStrategies(), context);
            compare(issue, "issue", issue.getBudgetTotal(), Budgets.sumOfProjects(projects), projects.size(), findings);
        } else if (element instanceof StrategicPlan plan && plan.getBudgetTotal() != null) {
            List<Strategy> strategies = new ArrayList<>();
            plan.getStrategicIssues().forEach(issue -> strategies.addAll(issue.getStrategies()));
            Set<Project> projects = Budgets.projectsCarryingOut(strategies, context);
            compare(plan, "strategicPlan", plan.getBudgetTotal(), Budgets.sumOfProjects(projects), projects.size(), findings);
        }
    }

    private static void compare(PlanElement element, String variant, BigDecimal declared, BigDecimal lines, int projects,
            Findings findings) {
        if (declared.compareTo(lines) != 0) {
            findings.reportVariant(element, variant, Budgets.baht(declared), Budgets.baht(lines),
                    Budgets.baht(declared.subtract(lines).abs()), String.valueOf(projects));
        }
    }

    /** Amounts and links of projects change the totals of the strategic issues and plans they carry out. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return Budgets.strategicTotalsAffectedBy(change);
    }
}
