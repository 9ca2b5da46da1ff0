/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.phaen.model.Goal;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;

/**
 * The column map of the eMENSCR project sheet, the one place that says what each column holds and where it comes
 * from (the README's table follows it; {@code EmenscrSheetTest} checks they agree). eMENSCR publishes no import
 * format: the columns follow the project form agencies fill in (entry screens M1-M5) as public guides describe it,
 * grouped as they group it. A column marked {@code assumed} is Phaen's reading of a field whose exact meaning no
 * public source gives.
 */
final class EmenscrColumns {

    /** One column: its group, its id (the key of its headers in words_*.properties), whether its meaning is assumed, its value. */
    record Column(String group, String id, boolean assumed, Function<ProjectRecord, Object> value) {}

    static final List<Column> ALL = columns();

    private EmenscrColumns() {}

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        // ข้อมูลทั่วไป: general data (M1)
        c.add(new Column("general", "code", false, r -> r.project().getCode()));
        c.add(new Column("general", "name", false, r -> r.project().getName()));
        c.add(new Column("general", "fiscalYear", false, r -> r.actionPlan().getFiscalYear()));
        c.add(new Column(
                "general",
                "agency",
                false,
                r -> r.agency() == null ? null : r.agency().getName()));
        c.add(new Column(
                "general",
                "parentAgency",
                true,
                r -> r.agency() == null || r.agency().getParent() == null
                        ? null
                        : r.agency().getParent().getName()));
        c.add(new Column("general", "contact", false, ProjectRecord::contactPerson));
        c.add(new Column("general", "contactDetails", false, ProjectRecord::contactDetails));
        c.add(new Column("general", "start", false, r -> r.project().getStartDate()));
        c.add(new Column("general", "end", false, r -> r.project().getEndDate()));
        c.add(new Column(
                "general",
                "status",
                true,
                r -> r.project().isSetStatus()
                        ? ProjectRecord.literal(r.project().getStatus())
                        : null));
        c.add(new Column(
                "general",
                "projectKind",
                false,
                r -> r.project().isSetProjectKind()
                        ? ProjectRecord.literal(r.project().getProjectKind())
                        : null));
        c.add(new Column("general", "actionPlan", false, r -> ProjectRecord.label(r.actionPlan())));
        // ความสอดคล้อง: alignment, the XYZ chain and the other plan levels (M2)
        c.add(new Column(
                "alignment", "z", false, r -> ProjectRecord.labels(r.levels().at(PlanLevel.NATIONAL_STRATEGY))));
        c.add(new Column(
                "alignment", "y1", false, r -> ProjectRecord.labels(r.levels().documents(PlanLevel.MASTER_PLAN))));
        c.add(new Column(
                "alignment",
                "y2",
                true,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.MASTER_PLAN, StrategicIssue.class))));
        c.add(new Column(
                "alignment",
                "y2Target",
                true,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.MASTER_PLAN, Goal.class))));
        c.add(new Column(
                "alignment",
                "reform",
                false,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.NATIONAL_REFORM_PLAN))));
        c.add(new Column(
                "alignment",
                "nesdp",
                false,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.NESDP))));
        c.add(new Column(
                "alignment",
                "policy",
                false,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.GOVERNMENT_POLICY))));
        c.add(new Column("alignment", "ministry", false, r -> {
            List<String> both = new ArrayList<>(ProjectRecord.labels(r.levels().at(PlanLevel.MINISTRY_POLICY)));
            both.addAll(ProjectRecord.labels(r.levels().at(PlanLevel.MINISTRY_PLAN)));
            return both;
        }));
        c.add(new Column(
                "alignment",
                "regional",
                false,
                r -> ProjectRecord.labels(r.levels().at(PlanLevel.REGIONAL_STRATEGIC_PLAN))));
        c.add(new Column(
                "alignment",
                "sdg",
                false,
                r -> r.project().getSdgGoals().stream().map(g -> "SDG " + g).toList()));
        c.add(new Column(
                "alignment",
                "provincial",
                false,
                r -> ProjectRecord.labels(r.project().getImplementsStrategies())));
        // เหตุผล วัตถุประสงค์ เป้าหมาย ตัวชี้วัด: reasons, objectives, targets and KPIs (M3)
        c.add(new Column("objectives", "rationale", false, r -> r.project().getRationale()));
        c.add(new Column(
                "objectives", "objectives", false, r -> List.copyOf(r.project().getObjectives())));
        c.add(new Column("objectives", "targetGroups", false, ProjectRecord::targetGroups));
        c.add(new Column(
                "objectives", "outputs", false, r -> List.copyOf(r.project().getOutputs())));
        c.add(new Column(
                "objectives", "outcomes", false, r -> List.copyOf(r.project().getOutcomes())));
        c.add(new Column("objectives", "kpis", false, ProjectRecord::kpis));
        c.add(new Column("objectives", "location", false, r -> r.project().getLocation()));
        // งบประมาณ: budget by source and type (M4)
        c.add(new Column(
                "budget",
                "budgetProgramme",
                false,
                r -> r.project().isSetBudgetProgramme()
                        ? ProjectRecord.literal(r.project().getBudgetProgramme())
                        : null));
        c.add(new Column("budget", "budget", false, ProjectRecord::budget));
        c.add(new Column(
                "budget",
                "bySource",
                false,
                r -> r.budgetBy(l -> l.getSource() == null ? "-" : l.getSource().getName())));
        c.add(new Column(
                "budget",
                "byCategory",
                false,
                r -> r.budgetBy(l -> l.isSetCategory() ? ProjectRecord.literal(l.getCategory()) : "-")));
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            c.add(new Column("budget", "planned" + q, false, r -> r.plannedSpending(quarter)));
        }
        // กิจกรรม: activities and their schedule (M5)
        c.add(new Column("activities", "activities", false, ProjectRecord::activities));
        // ผลการดำเนินงาน: progress by quarter, from the monitoring store
        for (int q = 0; q < 4; q++) {
            int quarter = q;
            c.add(new Column(
                    "progress", "progress" + (q + 1), false, r -> r.quarters().progress()[quarter]));
            c.add(new Column(
                    "progress", "disbursed" + (q + 1), false, r -> r.quarters().disbursed()[quarter]));
        }
        c.add(new Column(
                "progress", "problems", true, r -> lastNarrative(r.quarters().narrative())));
        return List.copyOf(c);
    }

    private static String lastNarrative(String[] narratives) {
        for (int q = narratives.length - 1; q >= 0; q--) {
            if (narratives[q] != null && !narratives[q].isBlank()) {
                return narratives[q];
            }
        }
        return null;
    }
}
