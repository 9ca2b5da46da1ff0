/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.trace;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;

/** Counts by element kind, fiscal years covered and alignment coverage of one plan file. */
public final class PlanSummary {

    private final PlanModel model;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final SortedSet<Integer> fiscalYears = new TreeSet<>();
    private final Map<String, int[]> coverage = new TreeMap<>(); // kind -> {traced, total}

    public PlanSummary(PlanModel model) {
        this.model = model;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext(); ) {
            EObject object = it.next();
            counts.merge(object.eClass().getName(), 1, Integer::sum);
            collectYears(object);
            if (object instanceof PlanElement element && needsAlignment(element)) {
                int[] c = coverage.computeIfAbsent(object.eClass().getName(), k -> new int[2]);
                c[1]++;
                if (Traceability.tracesToOtherDocument(element)) {
                    c[0]++;
                }
            }
        }
    }

    /** How many elements of each kind (EClass name) the plan file holds, sorted by kind. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** The fiscal years (B.E.) the plan covers: the periods of strategic plans, the years of action plans and of targets. */
    public SortedSet<Integer> fiscalYears() {
        return fiscalYears;
    }

    /** For each kind of element that should align upwards: {traced, total}. */
    public Map<String, int[]> coverage() {
        return coverage;
    }

    /** How many objects the file holds, the root included. */
    public int totalObjects() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() + 1;
    }

    private void collectYears(EObject object) {
        if (object instanceof StrategicPlan plan
                && plan.getStartYear() > 0
                && plan.getEndYear() >= plan.getStartYear()) {
            for (int y = plan.getStartYear(); y <= plan.getEndYear(); y++) {
                fiscalYears.add(y);
            }
        } else if (object instanceof ActionPlan plan && plan.getFiscalYear() > 0) {
            fiscalYears.add(plan.getFiscalYear());
        } else if (object instanceof Target target && target.getFiscalYear() > 0) {
            fiscalYears.add(target.getFiscalYear());
        }
    }

    /** Strategies, issues and projects of plans below the national levels should trace upwards. */
    private static boolean needsAlignment(PlanElement element) {
        if (!(element instanceof org.phaen.model.Strategy
                || element instanceof org.phaen.model.StrategicIssue
                || element instanceof org.phaen.model.Project)) {
            return false;
        }
        PlanDocument document = Traceability.documentOf(element);
        return document != null && document.getLevel().getValue() >= PlanLevel.REGIONAL_STRATEGIC_PLAN_VALUE;
    }

    /** A plain-text report for the command line. */
    public String render(String fileName) {
        StringBuilder s = new StringBuilder();
        s.append(fileName).append(": ").append(model.getTitle() == null ? "(untitled)" : model.getTitle());
        s.append(model.isExampleData() ? "  [example data]" : "").append('\n');
        for (PlanDocument plan : model.getPlans()) {
            s.append("  plan ")
                    .append(plan.getLevel())
                    .append(": ")
                    .append(plan.getName())
                    .append('\n');
        }
        s.append("  objects: ").append(totalObjects()).append('\n');
        counts.forEach((kind, n) -> s.append(String.format("    %-22s %7d%n", kind, n)));
        s.append("  fiscal years (B.E.): ")
                .append(fiscalYears.isEmpty() ? "none" : fiscalYears.first() + ".." + fiscalYears.last())
                .append('\n');
        s.append("  alignment coverage (traces to another plan document):")
                .append(coverage.isEmpty() ? " nothing to align" : "")
                .append('\n');
        coverage.forEach((kind, c) -> s.append(String.format(
                "    %-22s %5d / %-5d %5.1f%%%n", kind, c[0], c[1], c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1])));
        return s.toString();
    }
}
