/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phaen.instruments.FormTexts;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;

/**
 * The choices of an item. Yes/no answers are stored as {@code yes}/{@code no} (the XLSForm convention, so data
 * from either form reads the same); scale levels are stored as their numeric value, in the scale's order, so
 * collected ratings can be averaged directly.
 */
final class Choices {

    static final List<Choice> YES_NO = List.of(choice("yes"), choice("no"));

    private Choices() {}

    private static Choice choice(String key) {
        return new Choice(key, FormTexts.THAI.text(key), FormTexts.ENGLISH.text(key));
    }

    static List<Choice> of(InstrumentItem item, EvaluationInstrument instrument) {
        if (!item.isSetItemKind()) {
            return List.of();
        }
        ItemKind kind = item.getItemKind();
        if (kind == ItemKind.YES_NO) {
            return YES_NO;
        }
        RatingScale scale = item.getScale();
        if (scale == null
                && kind == ItemKind.RATING
                && !instrument.getRatingScales().isEmpty()) {
            // A rating without its own scale uses the instrument's scale, as a printed form would.
            scale = instrument.getRatingScales().get(0);
        }
        boolean select = kind == ItemKind.RATING || kind == ItemKind.SELECT_ONE || kind == ItemKind.SELECT_MULTIPLE;
        return select && scale != null ? levels(scale) : List.of();
    }

    /** The levels in order; a repeated value keeps its first label, since a form cannot store two meanings for it. */
    private static List<Choice> levels(RatingScale scale) {
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScaleLevel level : scale.getLevels()) {
            String value = Integer.toString(level.getValue());
            if (seen.add(value)) {
                String th = XmlText.firstOf(level.getLabel(), level.getLabelEn(), value);
                choices.add(new Choice(value, th, XmlText.firstOf(level.getLabelEn(), th)));
            }
        }
        return choices;
    }
}
