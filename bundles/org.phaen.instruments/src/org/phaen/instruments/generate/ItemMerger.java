/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.emf.common.util.ECollections;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.PhaenFactory;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;
import org.phaen.model.resource.Identifiers;

/**
 * Brings an instrument in line with a draft while keeping the planner's work: items marked
 * {@code userEdited} stay exactly as the planner left them, items the planner added by hand (no
 * generator key) stay too; generated items are updated, added or dropped to follow the plan.
 */
final class ItemMerger {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private ItemMerger() {}

    /** Returns true when the instrument changed. */
    static boolean merge(EvaluationInstrument instrument, InstrumentDraft draft) {
        ScaleMerger.Result merged = ScaleMerger.merge(instrument, draft.scales());
        Map<String, RatingScale> scales = merged.byCode();
        boolean changed = merged.changed();
        Map<String, InstrumentItem> byKey = new HashMap<>();
        for (InstrumentItem item : instrument.getItems()) {
            if (item.getGeneratorKey() != null) {
                byKey.put(item.getGeneratorKey(), item);
            }
        }
        List<InstrumentItem> result = new ArrayList<>();
        for (PlannedItem planned : draft.items()) {
            InstrumentItem item = byKey.get(planned.key());
            if (item == null) {
                item = F.createInstrumentItem();
                item.setUuid(Identifiers.newUuid());
                item.setGeneratorKey(planned.key());
                item.setCode(nextCode(instrument, result));
                changed = true;
            }
            if (!item.isUserEdited()) {
                changed |= apply(item, planned, scales.get(planned.scaleCode()));
            }
            result.add(item);
        }
        for (InstrumentItem item : instrument.getItems()) {
            boolean keep = item.getGeneratorKey() == null || item.isUserEdited();
            if (!result.contains(item) && keep) {
                result.add(item);
            }
        }
        if (!result.equals(instrument.getItems())) {
            ECollections.setEList(instrument.getItems(), result);
            changed = true;
        }
        return changed;
    }

    private static boolean apply(InstrumentItem item, PlannedItem planned, RatingScale scale) {
        BilingualText section = planned.section() == null ? new BilingualText(null, null) : planned.section();
        BilingualText hint = planned.hint() == null ? new BilingualText(null, null) : planned.hint();
        boolean changed = !(Objects.equals(item.getName(), planned.label().th())
                && Objects.equals(item.getNameEn(), planned.label().en())
                && Objects.equals(item.getSection(), section.th())
                && Objects.equals(item.getSectionEn(), section.en())
                && item.getItemKind() == planned.kind()
                && item.isSetItemKind()
                && item.getIndicator() == planned.indicator()
                && item.getSubject() == planned.subject()
                && item.getScale() == scale
                && item.isRequired() == planned.required()
                && Objects.equals(item.getHint(), hint.th())
                && Objects.equals(item.getHintEn(), hint.en()));
        if (changed) {
            item.setName(planned.label().th());
            item.setNameEn(planned.label().en());
            item.setSection(section.th());
            item.setSectionEn(section.en());
            item.setItemKind(planned.kind());
            item.setIndicator(planned.indicator());
            item.setSubject(planned.subject());
            item.setScale(scale);
            item.setRequired(planned.required());
            item.setHint(hint.th());
            item.setHintEn(hint.en());
        }
        return changed;
    }

    /** Q1, Q2, ...: the first number no item of the instrument uses yet. */
    private static String nextCode(EvaluationInstrument instrument, List<InstrumentItem> pending) {
        int n = instrument.getItems().size() + pending.size() + 1;
        while (codeUsed(instrument, pending, "Q" + n)) {
            n++;
        }
        return "Q" + n;
    }

    private static boolean codeUsed(EvaluationInstrument instrument, List<InstrumentItem> pending, String code) {
        return instrument.getItems().stream().anyMatch(i -> code.equals(i.getCode()))
                || pending.stream().anyMatch(i -> code.equals(i.getCode()));
    }

    /** Levels of a scale as (value, Thai, English) triples, for comparison. */
    static List<List<Object>> levels(RatingScale scale) {
        List<List<Object>> levels = new ArrayList<>();
        for (ScaleLevel level : scale.getLevels()) {
            levels.add(List.of(level.getValue(), String.valueOf(level.getLabel()), String.valueOf(level.getLabelEn())));
        }
        return levels;
    }
}
