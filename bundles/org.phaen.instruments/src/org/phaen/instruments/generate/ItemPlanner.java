/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import org.phaen.model.InstrumentKind;

/** Decides the items of one kind of instrument from the plan. */
public interface ItemPlanner {

    InstrumentKind kind();

    /** Short code used in instrument codes, e.g. PRG for a progress report. */
    String codePrefix();

    /** The instrument's title, e.g. {@code แบบเก็บข้อมูลตัวชี้วัด} / {@code KPI data-collection sheet}. */
    BilingualText title();

    void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft);
}
