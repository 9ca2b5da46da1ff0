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
