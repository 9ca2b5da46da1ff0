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
        for (Choice c : options) {
            if (answer.equals(c.value()) || answer.equals(c.labelTh()) || answer.equalsIgnoreCase(c.labelEn())) {
                return c.value();
            }
        }
        return null;
    }
}
