/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import java.util.List;

/** A choice list or rating scale the generator wants in an instrument, by code. */
public record PlannedScale(String code, BilingualText name, List<Level> levels) {

    /** One choice: its stored value and its Thai and English labels. */
    public record Level(int value, BilingualText label) {}

    /** The usual Thai 5-point satisfaction scale, most satisfied first. */
    public static PlannedScale satisfaction() {
        List<Level> levels = List.of(5, 4, 3, 2, 1).stream()
                .map(n -> new Level(n, INSTANCE.text("level." + n)))
                .toList();
        return new PlannedScale("SAT5", INSTANCE.text("scale.satisfaction"), levels);
    }
}
