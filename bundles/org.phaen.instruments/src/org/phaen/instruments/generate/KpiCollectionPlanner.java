/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;

/** KPI data-collection sheet: one value per indicator, reported by an agency for a period. */
public final class KpiCollectionPlanner implements ItemPlanner {

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.KPI_COLLECTION;
    }

    @Override
    public String codePrefix() {
        return "KPI";
    }

    @Override
    public BilingualText title() {
        return INSTANCE.text("title.kpi");
    }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale agencies = facts.agencies(draft);
        PlannedScale periods = facts.periods(draft);
        draft.scale(agencies);
        draft.scale(periods);
        BilingualText head = INSTANCE.text("section.reporter");
        draft.add(PlannedItem.of("agency", head, ItemKind.SELECT_ONE, INSTANCE.text("item.agency"))
                .onScale(agencies.code())
                .requiredAnswer());
        draft.add(PlannedItem.of("period", head, ItemKind.SELECT_ONE, INSTANCE.text("item.period"))
                .onScale(periods.code())
                .requiredAnswer());
        if (scope.indicators().isEmpty()) {
            draft.missing("scope " + scope.code() + " has no indicators to collect");
        }
        BilingualText indicators = INSTANCE.text("section.indicators");
        for (Indicator indicator : scope.indicators()) {
            if (indicator.getUnit() == null) {
                draft.missing("indicator " + indicator.getCode() + " has no unit");
            }
            BilingualText label = BilingualText.of(indicator)
                    .followedBy(PlanFacts.unit(indicator).parenthesised());
            draft.add(PlannedItem.of("indicator:" + indicator.getUuid(), indicators, ItemKind.DECIMAL, label)
                    .measuring(indicator)
                    .withHint(facts.targetHint(indicator, false)));
            draft.add(PlannedItem.of(
                            "indicator:" + indicator.getUuid() + ":evidence",
                            indicators,
                            ItemKind.TEXT,
                            INSTANCE.text("item.evidence", indicator.getCode()))
                    .about(indicator));
        }
    }
}
