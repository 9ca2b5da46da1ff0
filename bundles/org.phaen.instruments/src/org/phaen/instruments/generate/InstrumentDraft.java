/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a planner produced for one instrument: items in order, the scales they use, and warnings. */
public final class InstrumentDraft {

    private final List<PlannedItem> items = new ArrayList<>();
    private final Map<String, PlannedScale> scales = new LinkedHashMap<>();
    private final List<String> warnings;

    InstrumentDraft(List<String> warnings) {
        this.warnings = warnings;
    }

    public void add(PlannedItem item) {
        items.add(item);
    }

    public void scale(PlannedScale scale) {
        scales.putIfAbsent(scale.code(), scale);
    }

    /** Notes missing data: the instrument is still generated, with a blank where the data would be. */
    public void missing(String warning) {
        warnings.add(warning);
    }

    public List<PlannedItem> items() {
        return items;
    }

    public List<PlannedScale> scales() {
        return List.copyOf(scales.values());
    }
}
