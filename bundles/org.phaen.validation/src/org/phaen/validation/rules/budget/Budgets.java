package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;

/**
 * What the budget rules share: baht formatting, sums of budget lines, and two indexes computed once
 * per run (budget lines by funding source; projects and aligned strategies by strategy), each kept
 * until a change that can alter it.
 */
final class Budgets {

    private static final Object LINES_BY_SOURCE = new Object();
    private static final Object STRATEGY_LINKS = new Object();

    private Budgets() {
    }

    /** An amount as baht with two decimals and thousands separators, e.g. {@code 1,234,567.50}. */
    static String baht(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** The sum of the amounts of the lines (lines without an amount count as nothing; PH-BUD-001 reports them). */
    static BigDecimal sum(Collection<BudgetLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.getAmount() != null) {
                total = total.add(line.getAmount());
            }
        }
        return total;
    }

    /** The sum of the budget lines of the projects. */
    static BigDecimal sumOfProjects(Collection<Project> projects) {
        BigDecimal total = BigDecimal.ZERO;
        for (Project project : projects) {
            total = total.add(sum(project.getBudgetLines()));
        }
        return total;
    }

    /** The action plan holding the project of a budget line, or null. */
    static ActionPlan actionPlanOf(BudgetLine line) {
        return line.eContainer() instanceof Project project && project.eContainer() instanceof ActionPlan plan ? plan : null;
    }

    /** Arguments naming a budget line: its description (or "-") and its project. */
    static Object[] lineArgs(BudgetLine line, Object... extra) {
        Object[] args = new Object[2 + extra.length];
        args[0] = line.getDescription() == null || line.getDescription().isBlank() ? "-" : line.getDescription();
        args[1] = line.eContainer() == null ? "-" : Findings.labelOf(line.eContainer());
        System.arraycopy(extra, 0, args, 2, extra.length);
        return args;
    }

    /** Every loaded budget line by its funding source. */
    static Map<FundingSource, List<BudgetLine>> linesBySource(RuleContext context) {
        return context.memo(LINES_BY_SOURCE,
                n -> RuleContext.isStructural(n) || n.getFeature() == PhaenPackage.Literals.BUDGET_LINE__SOURCE,
                key -> {
                    Map<FundingSource, List<BudgetLine>> index = new HashMap<>();
                    for (Project project : projects(context)) {
                        for (BudgetLine line : project.getBudgetLines()) {
                            if (line.getSource() != null) {
                                index.computeIfAbsent(line.getSource(), s -> new ArrayList<>()).add(line);
                            }
                        }
                    }
                    return index;
                });
    }

    /**
     * The projects whose budget counts for the strategies: projects implementing them, or implementing a
     * strategy aligned to them (at any depth, e.g. a provincial strategy aligned to a regional one).
     */
    static Set<Project> projectsCarryingOut(Collection<Strategy> strategies, RuleContext context) {
        StrategyLinks links = context.memo(STRATEGY_LINKS, n -> RuleContext.isStructural(n)
                || n.getFeature() == PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES
                || n.getFeature() == PhaenPackage.Literals.ALIGNMENT__TARGET, key -> StrategyLinks.build(context));
        Set<Strategy> seen = new LinkedHashSet<>(strategies);
        ArrayDeque<Strategy> todo = new ArrayDeque<>(strategies);
        Set<Project> projects = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Strategy strategy = todo.pop();
            projects.addAll(links.implementers.getOrDefault(strategy, List.of()));
            for (Strategy below : links.alignedBelow.getOrDefault(strategy, List.of())) {
                if (seen.add(below)) {
                    todo.push(below);
                }
            }
        }
        return projects;
    }

    /** The strategies a strategy aligns to, at any depth, including itself. */
    static Set<Strategy> strategiesAbove(Strategy strategy) {
        Set<Strategy> seen = new LinkedHashSet<>();
        ArrayDeque<Strategy> todo = new ArrayDeque<>(List.of(strategy));
        while (!todo.isEmpty()) {
            Strategy next = todo.pop();
            if (seen.add(next)) {
                for (Alignment alignment : next.getAlignments()) {
                    if (alignment.getTarget() instanceof Strategy above && !above.eIsProxy()) {
                        todo.push(above);
                    }
                }
            }
        }
        return seen;
    }

    /**
     * The strategic issues and plans whose declared totals a change can alter: those whose strategies the
     * projects concerned carry out (directly or through aligned strategies). Edits of other values alter none.
     */
    static Set<EObject> strategicTotalsAffectedBy(Notification change) {
        Object feature = change.getFeature();
        if (change.getNotifier() instanceof BudgetLine && feature != PhaenPackage.Literals.BUDGET_LINE__AMOUNT
                || change.getNotifier() instanceof Project && feature != PhaenPackage.Literals.PROJECT__BUDGET_LINES
                        && feature != PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES) {
            return Set.of();
        }
        Set<Strategy> strategies = new LinkedHashSet<>();
        eachInvolved(change, element -> {
            if (element instanceof BudgetLine line && line.eContainer() instanceof Project project) {
                project.getImplementsStrategies().forEach(s -> strategies.addAll(strategiesAbove(s)));
            } else if (element instanceof Project project) {
                project.getImplementsStrategies().forEach(s -> strategies.addAll(strategiesAbove(s)));
            } else if (element instanceof Strategy strategy) {
                strategies.addAll(strategiesAbove(strategy));
            } else if (element instanceof Alignment alignment && alignment.getTarget() instanceof Strategy target) {
                strategies.addAll(strategiesAbove(target));
            } else if (element instanceof ActionPlan plan && change.getNotifier() != plan) {
                plan.getProjects().forEach(p -> p.getImplementsStrategies().forEach(s -> strategies.addAll(strategiesAbove(s))));
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

    /** The plan models (file roots) loaded. Walking from them is far cheaper than a walk of every element. */
    static List<PlanModel> models(RuleContext context) {
        List<PlanModel> models = new ArrayList<>();
        for (Resource resource : context.resources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    models.add(model);
                }
            }
        }
        return models;
    }

    /** Every loaded project (projects live in action plans, which live in plan models). */
    static List<Project> projects(RuleContext context) {
        List<Project> projects = new ArrayList<>();
        for (PlanModel model : models(context)) {
            for (PlanDocument document : model.getPlans()) {
                if (document instanceof ActionPlan plan) {
                    projects.addAll(plan.getProjects());
                }
            }
        }
        return projects;
    }

    /** Calls {@code action} for the notifier of a change and every element among its old and new values. */
    static void eachInvolved(Notification change, Consumer<EObject> action) {
        if (change.getNotifier() instanceof EObject notifier) {
            action.accept(notifier);
        }
        for (Object value : new Object[] { change.getOldValue(), change.getNewValue() }) {
            if (value instanceof EObject object) {
                action.accept(object);
            } else if (value instanceof Collection<?> many) {
                many.stream().filter(EObject.class::isInstance).forEach(v -> action.accept((EObject) v));
            }
        }
    }

    /** Projects implementing each strategy, and strategies aligned to each strategy. */
    private record StrategyLinks(Map<Strategy, List<Project>> implementers, Map<Strategy, List<Strategy>> alignedBelow) {

        static StrategyLinks build(RuleContext context) {
            StrategyLinks links = new StrategyLinks(new HashMap<>(), new HashMap<>());
            for (Project project : projects(context)) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    links.implementers.computeIfAbsent(strategy, s -> new ArrayList<>()).add(project);
                }
            }
            for (PlanModel model : models(context)) {
                for (PlanDocument document : model.getPlans()) {
                    if (document instanceof StrategicPlan plan) {
                        for (StrategicIssue issue : plan.getStrategicIssues()) {
                            for (Strategy below : issue.getStrategies()) {
                                for (Alignment alignment : below.getAlignments()) {
                                    if (alignment.getTarget() instanceof Strategy above) {
                                        links.alignedBelow.computeIfAbsent(above, s -> new ArrayList<>()).add(below);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return links;
        }
    }
}
