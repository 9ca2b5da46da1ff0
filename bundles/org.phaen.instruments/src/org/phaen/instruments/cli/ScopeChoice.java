/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.cli.spi.BadInputException;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Named;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;

/** Reads {@code --scope} and finds the fiscal year's monitoring plan. */
final class ScopeChoice {

    private ScopeChoice() {}

    static List<InstrumentScope> parse(PlanModel model, int fiscalYear, String scope) throws BadInputException {
        if (scope == null) {
            List<InstrumentScope> all = new ArrayList<>();
            for (PlanDocument document : model.getPlans()) {
                if (document instanceof ActionPlan plan && plan.getFiscalYear() == fiscalYear) {
                    all.add(InstrumentScope.actionPlan(plan));
                }
            }
            if (all.isEmpty()) {
                throw new BadInputException("the file has no action plan for fiscal year " + fiscalYear, null);
            }
            return all;
        }
        int colon = scope.indexOf(':');
        String kind = colon < 0 ? scope : scope.substring(0, colon);
        String codes = colon < 0 ? "" : scope.substring(colon + 1);
        return switch (kind) {
            case "action-plan" -> List.of(InstrumentScope.actionPlan(find(model, ActionPlan.class, codes)));
            case "project" -> List.of(InstrumentScope.project(find(model, Project.class, codes)));
            case "indicators" -> {
                List<Indicator> indicators = new ArrayList<>();
                for (String code : codes.split(",")) {
                    indicators.add(find(model, Indicator.class, code.trim()));
                }
                yield List.of(InstrumentScope.indicators("KPI-SET", indicators));
            }
            default ->
                throw new BadInputException(
                        "--scope must be action-plan:CODE, project:CODE or indicators:CODE,..., not '" + scope + "'",
                        null);
        };
    }

    /** The monitoring plan of the year; a new one (reported) when the file has none, so instruments have a home. */
    static MonitoringPlan monitoringPlan(PlanModel model, int fiscalYear, PrintWriter console) {
        for (MonitoringPlan plan : model.getMonitoringPlans()) {
            if (plan.getFiscalYear() == fiscalYear) {
                return plan;
            }
        }
        console.println("warning: the file has no monitoring plan for fiscal year " + fiscalYear
                + "; a new one holds the instruments");
        MonitoringPlan plan = PhaenFactory.eINSTANCE.createMonitoringPlan();
        plan.setFiscalYear(fiscalYear);
        plan.setName(FormTexts.THAI.text("monitoringPlan", String.valueOf(fiscalYear)));
        model.getMonitoringPlans().add(plan);
        return plan;
    }

    private static <T extends Named> T find(PlanModel model, Class<T> type, String code) throws BadInputException {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext(); ) {
            EObject next = it.next();
            if (type.isInstance(next) && code.equals(((Named) next).getCode())) {
                return type.cast(next);
            }
        }
        throw new BadInputException("no " + type.getSimpleName() + " with code '" + code + "' in the file", null);
    }
}
