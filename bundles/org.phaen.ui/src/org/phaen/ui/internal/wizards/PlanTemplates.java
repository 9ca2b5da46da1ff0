/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.resource.PlanFiles;

/** What a new plan file starts from: an empty strategic plan, or the Phaen samples (a regional and a provincial plan). */
public final class PlanTemplates {

    /** The sample files, copied into the bundle at build time (see its pom.xml); the provincial one refers to the regional one. */
    static final String REGION = "region17-2562.phaen", PROVINCE = "phitsanulok-2562.phaen";

    private PlanTemplates() {}

    /** A plan file holding one strategic plan of the level, for five fiscal years from the current one. */
    public static Path empty(Path file, String name, PlanLevel level) throws IOException {
        PlanModel model = PhaenFactory.eINSTANCE.createPlanModel();
        model.setTitle(name);
        StrategicPlan plan = PhaenFactory.eINSTANCE.createStrategicPlan();
        plan.setName(name);
        plan.setLevel(level);
        int year = FiscalYear.containing(LocalDate.now()).beYear();
        plan.setStartYear(year);
        plan.setEndYear(year + 4);
        model.getPlans().add(plan);
        PlanFiles.saveAs(model, PlanFiles.newResourceSet(), file);
        return file;
    }

    /** Copies both sample plans into {@code folder} (existing files are kept) and returns the provincial one. */
    public static Path sample(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : new String[] {REGION, PROVINCE}) {
            Path target = folder.resolve(name);
            if (!Files.exists(target)) {
                try (InputStream in = PlanTemplates.class.getResourceAsStream("/templates/" + name)) {
                    if (in == null) {
                        throw new IOException("the sample " + name + " is missing from org.phaen.ui (templates/)");
                    }
                    Files.copy(in, target);
                }
            }
        }
        return folder.resolve(PROVINCE);
    }
}
