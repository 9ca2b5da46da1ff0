package org.phaen.validation.rules.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;

/**
 * What the monitoring rules share: indexes computed once per run over every loaded file (each kept until a
 * change that can alter it), and message helpers. Dates go into messages twice: first in English (ISO,
 * C.E.), then in Thai (B.E.), so an English message uses the first run of arguments and a Thai one the second.
 */
final class Monitoring {

    private static final Object SCHEDULES = new Object();
    private static final Object MONITORED_BY = new Object();
    private static final Object COVERED = new Object();
    private static final Object DRIVEN = new Object();
    private static final Object MEASURING = new Object();

    private Monitoring() {
    }

    /** The reporting schedules of each action plan. */
    static Map<ActionPlan, List<ReportingSchedule>> schedules(RuleContext context) {
        return context.memo(SCHEDULES, n -> RuleContext.isStructural(n) || n.getFeature() == Literals.REPORTING_SCHEDULE__ACTION_PLAN,
                key -> group(schedules(monitoringPlans(context.resources())), s -> Collections.singletonList(s.getActionPlan())));
    }

    /** The monitoring plans listing each action plan, of whatever fiscal year. */
    static Map<ActionPlan, List<MonitoringPlan>> monitoringPlans(RuleContext context) {
        return context.memo(MONITORED_BY, n -> RuleContext.isStructural(n) || n.getFeature() == Literals.MONITORING_PLAN__ACTION_PLANS,
                key -> group(monitoringPlans(context.resources()), MonitoringPlan::getActionPlans));
    }

    /**
     * For each action plan listed by a monitoring plan of its own fiscal year, the indicators the instrument
     * items of those monitoring plans cover (an action plan absent from the map has no such monitoring plan).
     */
    static Map<ActionPlan, Set<Indicator>> coveredIndicators(RuleContext context) {
        return context.memo(COVERED, n -> RuleContext.isStructural(n) || n.getFeature() == Literals.MONITORING_PLAN__ACTION_PLANS
                || n.getFeature() == Literals.MONITORING_PLAN__FISCAL_YEAR || n.getFeature() == Literals.ACTION_PLAN__FISCAL_YEAR
                || n.getFeature() == Literals.INSTRUMENT_ITEM__INDICATOR, key -> {
                    Map<ActionPlan, Set<Indicator>> covered = new HashMap<>();
                    for (MonitoringPlan monitoring : monitoringPlans(context.resources())) {
                        for (ActionPlan plan : monitoring.getActionPlans()) {
                            if (plan.getFiscalYear() == monitoring.getFiscalYear()) {
                                Set<Indicator> indicators = covered.computeIfAbsent(plan, p -> new HashSet<>());
                                for (EvaluationInstrument instrument : monitoring.getInstruments()) {
                                    for (InstrumentItem item : instrument.getItems()) {
                                        if (item.getIndicator() != null) {
                                            indicators.add(item.getIndicator());
                                        }
                                    }
                                }
                            }
                        }
                    }
                    return covered;
                });
    }

    /** The plan elements a communication or review meeting is about. */
    static Set<PlanElement> driven(RuleContext context) {
        return context.memo(DRIVEN, n -> RuleContext.isStructural(n) || n.getFeature() == Literals.DRIVE_ACTIVITY__KIND
                || n.getFeature() == Literals.DRIVE_ACTIVITY__RELATED_ELEMENTS, key -> {
                    Set<PlanElement> driven = new HashSet<>();
                    for (PlanModel model : models(context.resources())) {
                        for (DriveActivity activity : model.getDriveActivities()) {
                            if (drives(activity)) {
                                driven.addAll(activity.getRelatedElements());
                            }
                        }
                    }
                    return driven;
                });
    }

    /** The plan models (file roots) loaded. Walking from them is far cheaper than a walk of every element. */
    static List<PlanModel> models(Collection<Resource> resources) {
        List<PlanModel> models = new ArrayList<>();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    models.add(model);
                }
            }
        }
        return models;
    }

    static List<MonitoringPlan> monitoringPlans(Collection<Resource> resources) {
        List<MonitoringPlan> plans = new ArrayList<>();
        models(resources).forEach(model -> plans.addAll(model.getMonitoringPlans()));
        return plans;
    }

    private static List<ReportingSchedule> schedules(List<MonitoringPlan> plans) {
        List<ReportingSchedule> schedules = new ArrayList<>();
        plans.forEach(plan -> schedules.addAll(plan.getReportingSchedules()));
        return schedules;
    }

    private static List<Project> projects(Collection<Resource> resources) {
        List<Project> projects = new ArrayList<>();
        for (PlanModel model : models(resources)) {
            for (PlanDocument document : model.getPlans()) {
                if (document instanceof ActionPlan plan) {
                    projects.addAll(plan.getProjects());
                }
            }
        }
        return projects;
    }

    /** True for the drive activities that carry a strategy to agencies or review its progress. */
    static boolean drives(DriveActivity activity) {
        return activity.isSetKind()
                && (activity.getKind() == DriveActivityKind.COMMUNICATION || activity.getKind() == DriveActivityKind.REVIEW_MEETING);
    }

    /** The projects an indicator measures: the project holding it, or the projects measured by it. */
    static Collection<Project> projectsMeasuredBy(Indicator indicator, RuleContext context) {
        if (indicator.eContainer() instanceof Project project) {
            return List.of(project);
        }
        Map<Indicator, List<Project>> measuring = context.memo(MEASURING,
                n -> RuleContext.isStructural(n) || n.getFeature() == Literals.PROJECT__MEASURED_BY,
                key -> group(projects(context.resources()), Project::getMeasuredBy));
        return measuring.getOrDefault(indicator, List.of());
    }

    /** A project still under way: approved, in progress, or without a status yet. */
    static boolean active(Project project) {
        return !project.isSetStatus() || project.getStatus() == ProjectStatus.APPROVED
                || project.getStatus() == ProjectStatus.IN_PROGRESS;
    }

    /** Codes (or labels, for elements without a code) joined by commas. */
    static String list(Collection<? extends Named> elements) {
        return elements.stream().map(e -> e.getCode() != null && !e.getCode().isBlank() ? e.getCode() : Findings.labelOf(e))
                .collect(Collectors.joining(", "));
    }

    /** The dates in English, then the same dates in Thai, then the extra arguments. */
    static Object[] dates(List<LocalDate> dates, Object... extra) {
        int n = dates.size();
        Object[] args = new Object[2 * n + extra.length];
        for (int i = 0; i < n; i++) {
            args[i] = dates.get(i).toString();
            args[n + i] = ThaiDates.formatLong(dates.get(i));
        }
        System.arraycopy(extra, 0, args, 2 * n, extra.length);
        return args;
    }

    /** The projects whose instrument coverage (PH-MON-001) a change of items, instruments, monitoring plans or years can alter. */
    static Set<EObject> coverageAffectedBy(Notification change, RuleContext context) {
        Object notifier = change.getNotifier();
        Object feature = change.getFeature();
        if (!(notifier instanceof InstrumentItem || notifier instanceof EvaluationInstrument || notifier instanceof MonitoringPlan
                || feature == Literals.PLAN_MODEL__MONITORING_PLANS || feature == Literals.ACTION_PLAN__FISCAL_YEAR)) {
            return Set.of();
        }
        Set<EObject> projects = new LinkedHashSet<>();
        eachInvolved(change, element -> {
            if (element instanceof Indicator indicator) {
                projects.addAll(projectsMeasuredBy(indicator, context));
            } else if (element instanceof InstrumentItem item && item.getIndicator() != null) {
                projects.addAll(projectsMeasuredBy(item.getIndicator(), context));
            } else if (element instanceof EvaluationInstrument instrument && element != notifier) {
                instrument.getItems().stream().filter(i -> i.getIndicator() != null)
                        .forEach(i -> projects.addAll(projectsMeasuredBy(i.getIndicator(), context)));
            } else if (element instanceof ActionPlan plan) {
                projects.addAll(plan.getProjects());
            } else if (element instanceof MonitoringPlan monitoring && (element != notifier
                    || feature == Literals.MONITORING_PLAN__FISCAL_YEAR || feature == Literals.MONITORING_PLAN__ACTION_PLANS)) {
                monitoring.getActionPlans().forEach(plan -> projects.addAll(plan.getProjects()));
            }
        });
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

    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, List<K>> keys) {
        Map<K, List<V>> index = new HashMap<>();
        for (V value : values) {
            for (K key : keys.apply(value)) {
                if (key != null) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return index;
    }
}
