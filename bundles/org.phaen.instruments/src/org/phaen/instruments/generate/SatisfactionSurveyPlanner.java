/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;

/** Satisfaction survey: a 5-point rating for each objective and output of the projects in scope. */
public final class SatisfactionSurveyPlanner implements ItemPlanner {

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.SATISFACTION_SURVEY;
    }

    @Override
    public String codePrefix() {
        return "SAT";
    }

    @Override
    public BilingualText title() {
        return INSTANCE.text("title.satisfaction");
    }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale scale = PlannedScale.satisfaction();
        draft.scale(scale);
        for (Project project : scope.projects()) {
            BilingualText section = BilingualText.of(project);
            String key = "project:" + project.getUuid();
            int n = 0;
            for (String objective : project.getObjectives()) {
                // The model holds objectives in Thai only: the English names them by number.
                draft.add(PlannedItem.of(
                                key + ":objective:" + n,
                                section,
                                ItemKind.RATING,
                                INSTANCE.text("item.objective", objective, ++n))
                        .about(project)
                        .onScale(scale.code())
                        .requiredAnswer());
            }
            n = 0;
            for (String output : project.getOutputs()) {
                draft.add(PlannedItem.of(
                                key + ":output:" + n,
                                section,
                                ItemKind.RATING,
                                INSTANCE.text("item.output", output, ++n))
                        .about(project)
                        .onScale(scale.code())
                        .requiredAnswer());
            }
            if (project.getObjectives().isEmpty() && project.getOutputs().isEmpty()) {
                draft.missing("project " + project.getCode() + " has no objectives or outputs to ask about");
            }
        }
        draft.add(PlannedItem.of(
                "suggestions", INSTANCE.text("section.suggestions"), ItemKind.TEXT, INSTANCE.text("item.suggestions")));
    }
}
