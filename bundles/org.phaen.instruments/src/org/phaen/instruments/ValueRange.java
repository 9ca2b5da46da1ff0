/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.math.BigDecimal;
import java.util.Locale;
import org.phaen.documents.Wording;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.ScaleLevel;
import org.phaen.model.ValueType;

/**
 * The values a numeric item may take, from what its indicator measures: 0-100 for a percent, 0 or 1 for a yes/no
 * indicator entered as a number, the scale's lowest to highest level for a level, 0 or more for counts, baht,
 * ratios and scores (quantities an education office reports are never negative). XForm, XLSForm and the data-entry
 * workbook all take their constraint and its message from here, so the formats cannot disagree.
 */
public record ValueRange(BigDecimal min, BigDecimal max) {

    private static final ValueRange PERCENT = new ValueRange(BigDecimal.ZERO, BigDecimal.valueOf(100));
    private static final ValueRange NON_NEGATIVE = new ValueRange(BigDecimal.ZERO, null);

    /** The range of a NUMBER or DECIMAL item; null for other kinds. */
    public static ValueRange of(InstrumentItem item) {
        ItemKind kind = FormLayout.kind(item);
        if (kind != ItemKind.NUMBER && kind != ItemKind.DECIMAL) {
            return null;
        }
        Indicator indicator = item.getIndicator();
        ValueType type = indicator == null || !indicator.isSetValueType() ? null : indicator.getValueType();
        if (type == ValueType.PERCENT || percentWords(item, indicator)) {
            return PERCENT;
        }
        if (type == ValueType.YES_NO) {
            return new ValueRange(BigDecimal.ZERO, BigDecimal.ONE);
        }
        if (type == ValueType.LEVEL
                && item.getScale() != null
                && !item.getScale().getLevels().isEmpty()) {
            var values = item.getScale().getLevels().stream()
                    .map(ScaleLevel::getValue)
                    .map(BigDecimal::valueOf)
                    .toList();
            return new ValueRange(
                    values.stream().min(BigDecimal::compareTo).get(),
                    values.stream().max(BigDecimal::compareTo).get());
        }
        return NON_NEGATIVE;
    }

    /** A percent by its words: the unit ร้อยละ or %, or a label that starts with ร้อยละ (Thai names percentages so). */
    private static boolean percentWords(InstrumentItem item, Indicator indicator) {
        String unit = indicator == null || indicator.getUnit() == null
                ? ""
                : indicator.getUnit().strip();
        String name = item.getName() == null ? "" : item.getName().strip();
        String key = item.getGeneratorKey() == null ? "" : item.getGeneratorKey();
        String percent = FormTexts.THAI.text("percent");
        return unit.startsWith(percent)
                || unit.equals("%")
                || name.startsWith(percent)
                || key.endsWith(":percent")
                || (item.getNameEn() != null
                        && item.getNameEn().toLowerCase(Locale.ROOT).startsWith("percent"));
    }

    /** The XPath constraint on the answer ({@code .}). */
    public String xpath() {
        return ". >= " + min.toPlainString() + (max == null ? "" : " and . <= " + max.toPlainString());
    }

    /** What to enter, in the wording of {@code wording}'s language. */
    public String message(Wording wording) {
        return max == null
                ? wording.text("range.atLeast", min.toPlainString())
                : wording.text("range.between", min.toPlainString(), max.toPlainString());
    }
}
