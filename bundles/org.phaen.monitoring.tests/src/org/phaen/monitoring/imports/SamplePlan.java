/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.Set;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** The sample regional and provincial plans loaded together, with their FY 2562 monitoring and action plans. */
record SamplePlan(ResourceSet plans, MonitoringPlan monitoring, ActionPlan actionPlan) {

    static SamplePlan load() throws Exception {
        ResourceSet plans = PlanFiles.newResourceSet();
        PlanModel provincial = SamplePlans.province(plans);
        ActionPlan actionPlan = SamplePlans.actionPlan(provincial);
        return new SamplePlan(plans, provincial.getMonitoringPlans().get(0), actionPlan);
    }

    /** One generated instrument of the given kind, added to the monitoring plan as the generator does. */
    EvaluationInstrument generate(InstrumentScope scope, InstrumentKind kind) {
        return new InstrumentGenerator()
                .generate(monitoring, scope, Set.of(kind))
                .instruments()
                .get(0);
    }
}
