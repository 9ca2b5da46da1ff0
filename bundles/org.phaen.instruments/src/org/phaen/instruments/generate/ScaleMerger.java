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
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.PhaenFactory;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;
import org.phaen.model.resource.Identifiers;

/** Keeps an instrument's rating scales and choice lists in line with the draft, by scale code. */
final class ScaleMerger {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    /** The instrument's scales by code after merging, and whether anything changed. */
    record Result(Map<String, RatingScale> byCode, boolean changed) {}

    private ScaleMerger() {}

    static Result merge(EvaluationInstrument instrument, List<PlannedScale> planned) {
        boolean changed = false;
        Map<String, RatingScale> byCode = new HashMap<>();
        for (RatingScale scale : instrument.getRatingScales()) {
            byCode.put(scale.getCode(), scale);
        }
        for (PlannedScale wanted : planned) {
            RatingScale scale = byCode.get(wanted.code());
            if (scale == null) {
                scale = F.createRatingScale();
                scale.setUuid(Identifiers.newUuid());
                scale.setCode(wanted.code());
                instrument.getRatingScales().add(scale);
                byCode.put(wanted.code(), scale);
                changed = true;
            }
            if (!Objects.equals(scale.getName(), wanted.name().th())
                    || !Objects.equals(scale.getNameEn(), wanted.name().en())) {
                scale.setName(wanted.name().th());
                scale.setNameEn(wanted.name().en());
                changed = true;
            }
            changed |= mergeLevels(scale, wanted);
        }
        return new Result(byCode, changed);
    }

    private static boolean mergeLevels(RatingScale scale, PlannedScale wanted) {
        List<List<Object>> want = new ArrayList<>();
        for (PlannedScale.Level level : wanted.levels()) {
            want.add(List.of(level.value(), level.label().th(), level.label().en()));
        }
        if (want.equals(ItemMerger.levels(scale))) {
            return false;
        }
        scale.getLevels().clear();
        for (PlannedScale.Level level : wanted.levels()) {
            ScaleLevel created = F.createScaleLevel();
            created.setUuid(Identifiers.newUuid());
            created.setValue(level.value());
            created.setLabel(level.label().th());
            created.setLabelEn(level.label().en());
            scale.getLevels().add(created);
        }
        return true;
    }
}
