package org.phaen.monitoring.imports;

import java.nio.file.Path;
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

/** The sample regional and provincial plans loaded together, with their FY 2562 monitoring and action plans. */
record SamplePlan(ResourceSet plans, MonitoringPlan monitoring, ActionPlan actionPlan) {

    static SamplePlan load() throws Exception {
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet plans = PlanFiles.newResourceSet();
        PlanFiles.load(plans, models.resolve("region17-2562.phaen"));
        PlanModel provincial = PlanFiles.load(plans, models.resolve("phitsanulok-2562.phaen"));
        ActionPlan actionPlan = (ActionPlan) provincial.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
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
