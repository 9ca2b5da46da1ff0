/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.resource.Identifiers;

/**
 * Creates or updates the evaluation instruments of a fiscal year's monitoring plan from the plan
 * itself. Instruments are model elements, so planners can edit them; regenerating keeps those
 * edits (see {@link ItemMerger}) and raises the instrument's version when anything changed.
 */
public final class InstrumentGenerator {

    private static final List<ItemPlanner> PLANNERS = List.of(
            new ProgressReportPlanner(),
            new KpiCollectionPlanner(),
            new SatisfactionSurveyPlanner(),
            new ChecklistPlanner(false),
            new ChecklistPlanner(true),
            new SummaryReportPlanner());

    /** The kinds this generator makes. */
    public static Set<InstrumentKind> kinds() {
        return Set.copyOf(PLANNERS.stream().map(ItemPlanner::kind).toList());
    }

    public GenerationResult generate(MonitoringPlan monitoringPlan, InstrumentScope scope, Set<InstrumentKind> kinds) {
        FiscalYear fiscalYear = FiscalYear.of(monitoringPlan.getFiscalYear());
        PlanFacts facts = new PlanFacts(fiscalYear, monitoringPlan);
        List<EvaluationInstrument> instruments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int created = 0;
        int changed = 0;
        for (ItemPlanner planner : PLANNERS) {
            if (!kinds.contains(planner.kind())) {
                continue;
            }
            InstrumentDraft draft = new InstrumentDraft(warnings);
            planner.plan(scope, facts, draft);
            EvaluationInstrument instrument = find(monitoringPlan, planner.kind(), scope);
            if (instrument == null) {
                instrument = create(monitoringPlan, planner, scope, fiscalYear);
                ItemMerger.merge(instrument, draft);
                created++;
            } else if (ItemMerger.merge(instrument, draft)) {
                instrument.setVersion(instrument.getVersion() + 1);
                changed++;
            }
            instruments.add(instrument);
        }
        return new GenerationResult(
                instruments, created, changed, instruments.size() - created - changed, List.copyOf(warnings));
    }

    /** The instrument of this kind and scope the monitoring plan already has, if any. */
    private static EvaluationInstrument find(MonitoringPlan plan, InstrumentKind kind, InstrumentScope scope) {
        List<? extends PlanElement> wanted = scope.elements();
        for (EvaluationInstrument instrument : plan.getInstruments()) {
            List<PlanElement> has = instrument.getScope();
            // Cheap tests first: a monitoring plan may hold thousands of instruments.
            if (instrument.getKind() == kind
                    && has.size() == wanted.size()
                    && (has.isEmpty() || has.get(0) == wanted.get(0))
                    && instrument.isSetKind()
                    && instrument.getFiscalYear() == plan.getFiscalYear()
                    && has.equals(wanted)) {
                return instrument;
            }
        }
        return null;
    }

    private static EvaluationInstrument create(
            MonitoringPlan plan, ItemPlanner planner, InstrumentScope scope, FiscalYear fiscalYear) {
        EvaluationInstrument instrument = PhaenFactory.eINSTANCE.createEvaluationInstrument();
        instrument.setUuid(Identifiers.newUuid());
        String scopeCode = scope.code() == null ? "ALL" : scope.code();
        instrument.setCode(planner.codePrefix() + "-" + fiscalYear.beYear() + "-" + scopeCode);
        instrument.setName(planner.title().th() + " " + scopeCode + " " + fiscalYear.labelTh());
        instrument.setNameEn(planner.title().en() + ", " + scopeCode + ", fiscal year " + fiscalYear.beYear());
        instrument.setKind(planner.kind());
        instrument.setFiscalYear(fiscalYear.beYear());
        instrument.setVersion(1);
        instrument.getScope().addAll(scope.elements());
        plan.getInstruments().add(instrument);
        return instrument;
    }
}
