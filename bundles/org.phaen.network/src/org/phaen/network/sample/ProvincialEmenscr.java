/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.FundingSource;
import org.phaen.model.PeriodKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalYear;

/**
 * The eMENSCR fields of model 1.1 on every project of the action plan: project or operation, budget programme and SDGs
 * from the regional strategy the project carries out ({@code emenscr.<strategy>} in the sample texts), and a spending
 * plan by quarter made from its budget lines (each in the quarter its activity starts, as the action-plan book counts
 * them). Draws nothing from the seeded random, so the rest of the province stays as it was generated.
 */
final class ProvincialEmenscr {

    private static final FiscalYear YEAR = FiscalYear.of(2562);

    private final SampleContext c;

    ProvincialEmenscr(SampleContext context) {
        this.c = context;
    }

    void fill(ActionPlan plan) {
        for (Project project : plan.getProjects()) {
            String regional = project.getImplementsStrategies()
                    .get(0)
                    .getAlignments()
                    .get(0)
                    .getTarget()
                    .getCode();
            List<String> fields = c.texts().list("emenscr." + regional, "\\|");
            project.setProjectKind(ProjectKind.valueOf(fields.get(0)));
            project.setBudgetProgramme(BudgetProgramme.valueOf(fields.get(1)));
            for (String sdg : fields.get(2).split(" ")) {
                project.getSdgGoals().add(Integer.valueOf(sdg));
            }
            addSpendingPlan(project);
        }
    }

    /** One entry per quarter and funding source, the amounts of the budget lines added up. */
    private static void addSpendingPlan(Project project) {
        Map<Integer, Map<FundingSource, BigDecimal>> byQuarter = new LinkedHashMap<>();
        for (BudgetLine line : project.getBudgetLines()) {
            int quarter = quarterOf(line);
            byQuarter
                    .computeIfAbsent(quarter, q -> new LinkedHashMap<>())
                    .merge(line.getSource(), line.getAmount(), BigDecimal::add);
        }
        byQuarter.forEach((quarter, amounts) -> amounts.forEach((source, amount) -> {
            SpendingPlanEntry entry = PhaenFactory.eINSTANCE.createSpendingPlanEntry();
            entry.setPeriodKind(PeriodKind.QUARTER);
            entry.setSequence(quarter);
            entry.setAmount(amount);
            entry.setSource(source);
            project.getSpendingPlan().add(entry);
        }));
    }

    private static int quarterOf(BudgetLine line) {
        List<FiscalPeriod> quarters = YEAR.quarters();
        for (FiscalPeriod quarter : quarters) {
            if (quarter.contains(line.getActivity().getStartDate())) {
                return quarter.sequence();
            }
        }
        throw new IllegalStateException("budget line outside FY 2562: " + line.getDescription());
    }
}
