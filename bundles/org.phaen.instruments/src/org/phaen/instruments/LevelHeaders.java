/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.phaen.documents.Wording;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;

/**
 * The column headers of a rating table. A level's Thai label heads its column when every word of every label
 * fits the column; otherwise the columns are headed by the levels' values and a key above the table says what
 * they mean ({@code ระดับความพึงพอใจ: 5 = มากที่สุด, 4 = มาก, ...}), so the item text keeps most of the width
 * and no header word is ever split (ปานกลาง used to break in a 1.8 cm column).
 */
public record LevelHeaders(List<String> headers, String key) {

    private static final String NO_BREAK = "\u00A0";

    /**
     * @param overflow how much wider than its column a label's widest word is;
     *            positive means it does not fit
     */
    public static LevelHeaders of(RatingScale scale, RenderOptions options, ToDoubleFunction<String> overflow) {
        List<String> labels = new ArrayList<>(), values = new ArrayList<>(), keyParts = new ArrayList<>();
        boolean fit = true;
        for (ScaleLevel level : scale.getLevels()) {
            String value = options.digits(level.getValue());
            String label = level.getLabel() == null || level.getLabel().isBlank() ? value : level.getLabel();
            labels.add(label);
            values.add(value);
            keyParts.add(value + NO_BREAK + "=" + NO_BREAK + label); // a line never ends between a value and its label
            fit &= overflow.applyAsDouble(label) <= 0;
        }
        if (fit) {
            return new LevelHeaders(labels, null);
        }
        String name =
                scale.getName() == null || scale.getName().isBlank() ? Wording.THAI.text("level.key") : scale.getName();
        return new LevelHeaders(values, name + ": " + String.join(", ", keyParts));
    }
}
