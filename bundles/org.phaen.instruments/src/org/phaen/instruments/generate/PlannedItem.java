/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import org.phaen.model.Indicator;
import org.phaen.model.ItemKind;
import org.phaen.model.Named;

/**
 * An item the generator wants in an instrument. The key is stable across regenerations
 * (it names what the item is about by UUID), so a planner's edits to the item can be kept.
 */
public record PlannedItem(
        String key,
        BilingualText section,
        ItemKind kind,
        BilingualText label,
        Indicator indicator,
        Named subject,
        String scaleCode,
        boolean required,
        BilingualText hint) {

    public static PlannedItem of(String key, BilingualText section, ItemKind kind, BilingualText label) {
        return new PlannedItem(key, section, kind, label, null, null, null, false, null);
    }

    public PlannedItem measuring(Indicator measured) {
        return new PlannedItem(key, section, kind, label, measured, subject, scaleCode, required, hint);
    }

    public PlannedItem about(Named element) {
        return new PlannedItem(key, section, kind, label, indicator, element, scaleCode, required, hint);
    }

    public PlannedItem onScale(String code) {
        return new PlannedItem(key, section, kind, label, indicator, subject, code, required, hint);
    }

    public PlannedItem requiredAnswer() {
        return new PlannedItem(key, section, kind, label, indicator, subject, scaleCode, true, hint);
    }

    public PlannedItem withHint(BilingualText text) {
        return new PlannedItem(key, section, kind, label, indicator, subject, scaleCode, required, text);
    }
}
