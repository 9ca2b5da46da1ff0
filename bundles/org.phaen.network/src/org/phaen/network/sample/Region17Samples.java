/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.cli.collected.SampleCollectedData;

/**
 * Writes the provincial sample plans of Region 17 beside the regional plan, each with its FY 2562 action plan, its
 * monitoring plan with generated instruments, the eMENSCR fields of its projects, and example collected data until 30 June 2019 under
 * {@code collected/}: the same files on every run (seeded), so a test keeps the shipped ones in step.
 */
public final class Region17Samples {

    /** The day the example collected data run to, as for Phitsanulok's. */
    public static final LocalDate COLLECTED_UNTIL = LocalDate.of(2019, 6, 30);

    private Region17Samples() {}

    /** Writes every province's plan file into {@code folder} and its collected data into {@code folder/collected}; returns the files. */
    public static List<Path> write(Path regionFile, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ProvinceProfile province : ProvinceProfile.region17()) {
            ResourceSet set = PlanFiles.newResourceSet();
            PlanModel region = PlanFiles.load(set, regionFile);
            PlanModel model = generate(province, region);
            Path file = folder.resolve(province.file() + ".phaen");
            Files.createDirectories(folder);
            PlanFiles.saveAs(model, set, file);
            written.add(file);
            written.addAll(new SampleCollectedData(model.getMonitoringPlans().get(0), COLLECTED_UNTIL)
                    .write(folder.resolve("collected").resolve(province.file())));
        }
        return written;
    }

    /** One province's plan model, its instruments generated, not yet in a file. */
    public static PlanModel generate(ProvinceProfile province, PlanModel region) {
        SampleContext context = SampleContext.of(province, region);
        PlanModel model = PhaenFactory.eINSTANCE.createPlanModel();
        model.setTitle(context.text("model.title"));
        model.setExampleData(true);
        ProvincialAgencies agencies = new ProvincialAgencies(context, model);
        ProvincialStrategy strategy = new ProvincialStrategy(context);
        StrategicPlan plan = strategy.build();
        ActionPlan action = new ProvincialProjects(context, agencies).build(strategy);
        agencies.setCeilings(action);
        model.getPlans().add(plan);
        model.getPlans().add(action);
        new ProvincialMonitoring(context, agencies).build(model, plan, action);
        SeededIds ids = new SeededIds(province.code());
        ids.assign(model);
        MonitoringPlan monitoring = model.getMonitoringPlans().get(0);
        new InstrumentGenerator()
                .generate(monitoring, InstrumentScope.actionPlan(action), EnumSet.copyOf(InstrumentGenerator.kinds()));
        ids.assign(model);
        // Added last, with a third round of UUIDs, so the elements generated before them keep theirs.
        new ProvincialEmenscr(context).fill(action);
        ids.assign(model);
        return model;
    }
}
