/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;

/** Project progress report: per period, activities done, indicator actuals, budget disbursed per source, problems, next steps. */
public final class ProgressReportPlanner implements ItemPlanner {

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.PROGRESS_REPORT;
    }

    @Override
    public String codePrefix() {
        return "PRG";
    }

    @Override
    public BilingualText title() {
        return INSTANCE.text("title.progress");
    }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale periods = facts.periods(draft);
        draft.scale(periods);
        draft.add(PlannedItem.of(
                        "period", INSTANCE.text("section.reporting"), ItemKind.SELECT_ONE, INSTANCE.text("item.period"))
                .onScale(periods.code())
                .requiredAnswer());
        for (Project project : scope.projects()) {
            BilingualText section = BilingualText.of(project);
            String key = "project:" + project.getUuid();
            for (Activity activity : project.getActivities()) {
                draft.add(PlannedItem.of(
                                key + ":activity:" + activity.getUuid(),
                                section,
                                ItemKind.YES_NO,
                                INSTANCE.text("item.activityDone", BilingualText.of(activity)))
                        .about(activity));
            }
            if (project.getActivities().isEmpty()) {
                draft.missing("project " + project.getCode() + " has no activities");
            }
            for (Indicator indicator : projectIndicators(project)) {
                if (facts.target(indicator) == null) {
                    draft.missing("indicator " + indicator.getCode() + " has no target for fiscal year "
                            + facts.fiscalYear().beYear());
                }
                draft.add(PlannedItem.of(
                                key + ":indicator:" + indicator.getUuid(),
                                section,
                                ItemKind.DECIMAL,
                                INSTANCE.text("item.indicatorActual", BilingualText.of(indicator)))
                        .measuring(indicator)
                        .withHint(facts.targetHint(indicator, true)));
            }
            sourcesOf(project)
                    .forEach((source, allocated) -> draft.add(PlannedItem.of(
                                    key + ":disbursed:" + source.getUuid(),
                                    section,
                                    ItemKind.DECIMAL,
                                    INSTANCE.text("item.disbursed", BilingualText.nameOf(source)))
                            .about(source)
                            .withHint(
                                    INSTANCE.text("hint.allocated", String.format(Locale.ROOT, "%,.2f", allocated)))));
            draft.add(PlannedItem.of(key + ":percent", section, ItemKind.DECIMAL, INSTANCE.text("item.percent"))
                    .about(project));
            draft.add(PlannedItem.of(key + ":problems", section, ItemKind.TEXT, INSTANCE.text("item.problems"))
                    .about(project));
            draft.add(PlannedItem.of(key + ":next", section, ItemKind.TEXT, INSTANCE.text("item.next"))
                    .about(project));
        }
    }

    static java.util.Set<Indicator> projectIndicators(Project project) {
        java.util.Set<Indicator> indicators = new java.util.LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        return indicators;
    }

    /** Allocated amount per funding source, in the order the budget lines name them. */
    private static Map<FundingSource, BigDecimal> sourcesOf(Project project) {
        Map<FundingSource, BigDecimal> sources = new LinkedHashMap<>();
        for (BudgetLine line : project.getBudgetLines()) {
            if (line.getSource() != null && line.getAmount() != null) {
                sources.merge(line.getSource(), line.getAmount(), BigDecimal::add);
            }
        }
        return sources;
    }
}
