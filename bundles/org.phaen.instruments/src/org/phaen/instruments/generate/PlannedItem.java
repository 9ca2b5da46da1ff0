package org.phaen.instruments.generate;

import org.phaen.model.Indicator;
import org.phaen.model.ItemKind;
import org.phaen.model.Named;

/**
 * An item the generator wants in an instrument. The key is stable across regenerations
 * (it names what the item is about by UUID), so a planner's edits to the item can be kept.
 */
public record PlannedItem(String key, String section, ItemKind kind, String labelTh, String labelEn,
        Indicator indicator, Named subject, String scaleCode, boolean required, String hint) {

    public static PlannedItem of(String key, String section, ItemKind kind, String labelTh, String labelEn) {
        return new PlannedItem(key, section, kind, labelTh, labelEn, null, null, null, false, null);
    }

    public PlannedItem measuring(Indicator measured) {
        return new PlannedItem(key, section, kind, labelTh, labelEn, measured, subject, scaleCode, required, hint);
    }

    public PlannedItem about(Named element) {
        return new PlannedItem(key, section, kind, labelTh, labelEn, indicator, element, scaleCode, required, hint);
    }

    public PlannedItem onScale(String code) {
        return new PlannedItem(key, section, kind, labelTh, labelEn, indicator, subject, code, required, hint);
    }

    public PlannedItem requiredAnswer() {
        return new PlannedItem(key, section, kind, labelTh, labelEn, indicator, subject, scaleCode, true, hint);
    }

    public PlannedItem withHint(String text) {
        return new PlannedItem(key, section, kind, labelTh, labelEn, indicator, subject, scaleCode, required, text);
    }
}
