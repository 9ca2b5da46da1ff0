/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import org.phaen.model.Activity;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Milestone;
import org.phaen.model.Project;

/**
 * The committee's monitoring checklist, and its site-visit form, which adds the visit's date,
 * the visitors and an observation per activity.
 */
public final class ChecklistPlanner implements ItemPlanner {

    private final boolean siteVisit;

    public ChecklistPlanner(boolean siteVisit) {
        this.siteVisit = siteVisit;
    }

    @Override
    public InstrumentKind kind() {
        return siteVisit ? InstrumentKind.SITE_VISIT : InstrumentKind.MONITORING_CHECKLIST;
    }

    @Override
    public String codePrefix() {
        return siteVisit ? "VIS" : "CHK";
    }

    @Override
    public BilingualText title() {
        return INSTANCE.text(siteVisit ? "title.siteVisit" : "title.checklist");
    }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        if (siteVisit) {
            BilingualText head = INSTANCE.text("section.visit");
            draft.add(PlannedItem.of("visit:date", head, ItemKind.DATE, INSTANCE.text("item.visitDate"))
                    .requiredAnswer());
            draft.add(PlannedItem.of("visit:team", head, ItemKind.TEXT, INSTANCE.text("item.visitTeam")));
        }
        for (Project project : scope.projects()) {
            BilingualText section = BilingualText.of(project);
            String key = "project:" + project.getUuid();
            for (Activity activity : project.getActivities()) {
                BilingualText named = BilingualText.of(activity);
                draft.add(PlannedItem.of(
                                key + ":activity:" + activity.getUuid(),
                                section,
                                ItemKind.YES_NO,
                                INSTANCE.text("item.activityEvidence", named))
                        .about(activity));
                for (Milestone milestone : activity.getMilestones()) {
                    draft.add(PlannedItem.of(
                                    key + ":milestone:" + milestone.getUuid(),
                                    section,
                                    ItemKind.YES_NO,
                                    INSTANCE.text("item.milestone", BilingualText.of(milestone)))
                            .about(milestone));
                }
                if (siteVisit) {
                    // The Thai names the activity as the visitor sees it, without its code.
                    BilingualText observed =
                            new BilingualText(BilingualText.nameOf(activity).th(), named.en());
                    draft.add(PlannedItem.of(
                                    key + ":observation:" + activity.getUuid(),
                                    section,
                                    ItemKind.TEXT,
                                    INSTANCE.text("item.observation", observed))
                            .about(activity));
                }
            }
            draft.add(PlannedItem.of(key + ":strengths", section, ItemKind.TEXT, INSTANCE.text("item.strengths"))
                    .about(project));
            draft.add(PlannedItem.of(key + ":improve", section, ItemKind.TEXT, INSTANCE.text("item.improve"))
                    .about(project));
        }
    }
}
