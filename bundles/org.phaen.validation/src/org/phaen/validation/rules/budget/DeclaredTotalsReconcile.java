/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.BudgetLine;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
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
            compare(project, null, project.getBudgetTotal(), BudgetSums.of(project.getBudgetLines()), 1, findings);
        } else if (element instanceof ActionPlan plan && plan.getBudgetTotal() != null) {
            compare(
                    plan,
                    "actionPlan",
                    plan.getBudgetTotal(),
                    BudgetSums.ofProjects(plan.getProjects()),
                    plan.getProjects().size(),
                    findings);
        } else if (element instanceof StrategicIssue issue && issue.getBudgetTotal() != null) {
            Set<Project> projects = StrategyLinks.projectsCarryingOut(issue.getStrategies(), context);
            compare(issue, "issue", issue.getBudgetTotal(), BudgetSums.ofProjects(projects), projects.size(), findings);
        } else if (element instanceof StrategicPlan plan && plan.getBudgetTotal() != null) {
            List<Strategy> strategies = new ArrayList<>();
            plan.getStrategicIssues().forEach(issue -> strategies.addAll(issue.getStrategies()));
            Set<Project> projects = StrategyLinks.projectsCarryingOut(strategies, context);
            compare(
                    plan,
                    "strategicPlan",
                    plan.getBudgetTotal(),
                    BudgetSums.ofProjects(projects),
                    projects.size(),
                    findings);
        }
    }

    private static void compare(
            PlanElement element,
            String variant,
            BigDecimal declared,
            BigDecimal lines,
            int projects,
            Findings findings) {
        if (declared.compareTo(lines) != 0) {
            findings.reportVariant(
                    element,
                    variant,
                    BudgetArgs.baht(declared),
                    BudgetArgs.baht(lines),
                    BudgetArgs.baht(declared.subtract(lines).abs()),
                    String.valueOf(projects));
        }
    }

    /**
     * Amounts and links of projects change the totals of the strategic issues and plans they carry out: those whose
     * strategies the projects concerned carry out (directly or through aligned strategies).
     */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object feature = change.getFeature();
        if (change.getNotifier() instanceof BudgetLine && feature != PhaenPackage.Literals.BUDGET_LINE__AMOUNT
                || change.getNotifier() instanceof Project
                        && feature != PhaenPackage.Literals.PROJECT__BUDGET_LINES
                        && feature != PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES) {
            return Set.of(); // edits of other values alter no total
        }
        Set<Strategy> strategies = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof BudgetLine line && line.eContainer() instanceof Project project) {
                addStrategiesAbove(project, strategies);
            } else if (element instanceof Project project) {
                addStrategiesAbove(project, strategies);
            } else if (element instanceof Strategy strategy) {
                strategies.addAll(StrategyLinks.strategiesAbove(strategy));
            } else if (element instanceof Alignment alignment && alignment.getTarget() instanceof Strategy target) {
                strategies.addAll(StrategyLinks.strategiesAbove(target));
            } else if (element instanceof ActionPlan plan && change.getNotifier() != plan) {
                plan.getProjects().forEach(project -> addStrategiesAbove(project, strategies));
            }
        });
        Set<EObject> totals = new LinkedHashSet<>();
        for (Strategy strategy : strategies) {
            if (strategy.eContainer() instanceof StrategicIssue issue) {
                totals.add(issue);
                if (issue.eContainer() != null) {
                    totals.add(issue.eContainer());
                }
            }
        }
        return totals;
    }

    /** Adds the strategies the project implements and those they align to, at any depth. */
    private static void addStrategiesAbove(Project project, Set<Strategy> strategies) {
        project.getImplementsStrategies().forEach(s -> strategies.addAll(StrategyLinks.strategiesAbove(s)));
    }
}
