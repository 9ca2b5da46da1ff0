/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;

/** Summary-report template for an action plan against its strategic issues: per issue, its indicators and projects. */
public final class SummaryReportPlanner implements ItemPlanner {

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.SUMMARY_REPORT;
    }

    @Override
    public String codePrefix() {
        return "SUM";
    }

    @Override
    public BilingualText title() {
        return INSTANCE.text("title.summary");
    }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        Map<StrategicIssue, List<Project>> byIssue = new LinkedHashMap<>();
        for (Project project : scope.projects()) {
            for (Strategy strategy : project.getImplementsStrategies()) {
                if (strategy.eContainer() instanceof StrategicIssue issue) {
                    byIssue.computeIfAbsent(issue, k -> new ArrayList<>()).add(project);
                }
            }
            if (project.getImplementsStrategies().isEmpty()) {
                draft.missing("project " + project.getCode()
                        + " implements no strategy, so it has no strategic issue to report under");
            }
        }
        byIssue.forEach((issue, projects) -> {
            BilingualText section = BilingualText.of(issue);
            String key = "issue:" + issue.getUuid();
            draft.add(PlannedItem.of(key, section, ItemKind.NOTE, INSTANCE.text("item.issue", section))
                    .about(issue));
            for (Goal goal : issue.getGoals()) {
                for (Indicator indicator : goal.getIndicators()) {
                    draft.add(PlannedItem.of(
                                    key + ":indicator:" + indicator.getUuid(),
                                    section,
                                    ItemKind.DECIMAL,
                                    INSTANCE.text("item.indicatorResult", BilingualText.of(indicator)))
                            .measuring(indicator)
                            .withHint(facts.targetHint(indicator, false)));
                }
            }
            for (Project project : new LinkedHashSet<>(projects)) {
                draft.add(PlannedItem.of(
                                key + ":project:" + project.getUuid(),
                                section,
                                ItemKind.TEXT,
                                INSTANCE.text("item.projectResults", BilingualText.of(project)))
                        .about(project));
            }
            draft.add(PlannedItem.of(key + ":summary", section, ItemKind.TEXT, INSTANCE.text("item.issueSummary"))
                    .about(issue));
        });
    }
}
