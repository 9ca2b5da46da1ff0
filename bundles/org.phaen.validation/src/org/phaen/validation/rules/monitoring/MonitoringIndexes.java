/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.phaen.model.ActionPlan;
import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ReportingSchedule;
import org.phaen.validation.LoadedPlans;
import org.phaen.validation.RuleContext;

/** The indexes the monitoring rules share, computed once per run over every loaded file and each kept until a change that can alter it. */
final class MonitoringIndexes {

    private static final Object SCHEDULES = new Object();
    private static final Object MONITORED_BY = new Object();
    private static final Object COVERED = new Object();
    private static final Object DRIVEN = new Object();
    private static final Object MEASURING = new Object();

    private MonitoringIndexes() {}

    /** The reporting schedules of each action plan. */
    static Map<ActionPlan, List<ReportingSchedule>> schedules(RuleContext context) {
        return context.memo(
                SCHEDULES,
                n -> RuleContext.isStructural(n) || n.getFeature() == Literals.REPORTING_SCHEDULE__ACTION_PLAN,
                key -> group(
                        schedules(LoadedPlans.monitoringPlans(context)),
                        s -> Collections.singletonList(s.getActionPlan())));
    }

    /** The monitoring plans listing each action plan, of whatever fiscal year. */
    static Map<ActionPlan, List<MonitoringPlan>> monitoringPlans(RuleContext context) {
        return context.memo(
                MONITORED_BY,
                n -> RuleContext.isStructural(n) || n.getFeature() == Literals.MONITORING_PLAN__ACTION_PLANS,
                key -> group(LoadedPlans.monitoringPlans(context), MonitoringPlan::getActionPlans));
    }

    /**
     * For each action plan listed by a monitoring plan of its own fiscal year, the indicators the instrument
     * items of those monitoring plans cover (an action plan absent from the map has no such monitoring plan).
     */
    static Map<ActionPlan, Set<Indicator>> coveredIndicators(RuleContext context) {
        return context.memo(
                COVERED,
                n -> RuleContext.isStructural(n)
                        || n.getFeature() == Literals.MONITORING_PLAN__ACTION_PLANS
                        || n.getFeature() == Literals.MONITORING_PLAN__FISCAL_YEAR
                        || n.getFeature() == Literals.ACTION_PLAN__FISCAL_YEAR
                        || n.getFeature() == Literals.INSTRUMENT_ITEM__INDICATOR,
                key -> {
                    Map<ActionPlan, Set<Indicator>> covered = new HashMap<>();
                    for (MonitoringPlan monitoring : LoadedPlans.monitoringPlans(context)) {
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
        return context.memo(
                DRIVEN,
                n -> RuleContext.isStructural(n)
                        || n.getFeature() == Literals.DRIVE_ACTIVITY__KIND
                        || n.getFeature() == Literals.DRIVE_ACTIVITY__RELATED_ELEMENTS,
                key -> {
                    Set<PlanElement> driven = new HashSet<>();
                    for (PlanModel model : LoadedPlans.models(context)) {
                        for (DriveActivity activity : model.getDriveActivities()) {
                            if (drives(activity)) {
                                driven.addAll(activity.getRelatedElements());
                            }
                        }
                    }
                    return driven;
                });
    }

    /** The projects an indicator measures: the project holding it, or the projects measured by it. */
    static Collection<Project> projectsMeasuredBy(Indicator indicator, RuleContext context) {
        if (indicator.eContainer() instanceof Project project) {
            return List.of(project);
        }
        Map<Indicator, List<Project>> measuring = context.memo(
                MEASURING,
                n -> RuleContext.isStructural(n) || n.getFeature() == Literals.PROJECT__MEASURED_BY,
                key -> group(LoadedPlans.projects(context), Project::getMeasuredBy));
        return measuring.getOrDefault(indicator, List.of());
    }

    /** True for the drive activities that carry a strategy to agencies or review its progress. */
    private static boolean drives(DriveActivity activity) {
        return activity.isSetKind()
                && (activity.getKind() == DriveActivityKind.COMMUNICATION
                        || activity.getKind() == DriveActivityKind.REVIEW_MEETING);
    }

    private static List<ReportingSchedule> schedules(List<MonitoringPlan> plans) {
        List<ReportingSchedule> schedules = new ArrayList<>();
        plans.forEach(plan -> schedules.addAll(plan.getReportingSchedules()));
        return schedules;
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
