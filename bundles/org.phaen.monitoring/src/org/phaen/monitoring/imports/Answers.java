/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.instruments.xform.Choice;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/**
 * Answers turned into the values the XForm stores: a choice picked by its Thai or English label (as in the
 * workbook's drop-down) becomes its value, so workbook and ODK data read the same. Items are known by uuid.
 */
final class Answers {

    private final Map<String, InstrumentItem> items = new HashMap<>();
    private final Map<String, List<Choice>> choices = new HashMap<>();

    Answers(EvaluationInstrument instrument) {
        for (FormOutline.Block block : FormOutline.of(instrument).blocks()) {
            for (FormOutline.Question q : block.questions()) {
                items.put(q.item().getUuid(), q.item());
                choices.put(q.item().getUuid(), q.choices());
            }
        }
    }

    InstrumentItem item(String uuid) {
        return items.get(uuid);
    }

    /** The stored value of an answer, or null when it is no choice of a choice item. */
    String value(String itemUuid, String answer) {
        List<Choice> options = choices.getOrDefault(itemUuid, List.of());
        if (options.isEmpty()) {
            return answer;
        }
        String one = choice(options, answer);
        if (one != null || !answer.contains(" ")) {
            return one;
        }
        // Several choices (select_multiple): ODK separates the values with spaces.
        StringBuilder values = new StringBuilder();
        for (String part : answer.split("\\s+")) {
            String value = choice(options, part);
            if (value == null) {
                return null;
            }
            values.append(values.isEmpty() ? "" : " ").append(value);
        }
        return values.toString();
    }

    private static String choice(List<Choice> options, String answer) {
        for (Choice c : options) {
            if (answer.equals(c.value()) || answer.equals(c.labelTh()) || answer.equalsIgnoreCase(c.labelEn())) {
                return c.value();
            }
        }
        return null;
    }
}
