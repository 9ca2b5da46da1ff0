/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The sample plans in {@code models/}: the Region 17 strategic plan and Phitsanulok's FY 2562 plan, whose elements
 * align to the region's across files, with the collected data beside them.
 */
public final class SamplePlans {

    public static final String REGION = "region17-2562.phaen";
    public static final String PROVINCE = "phitsanulok-2562.phaen";

    private SamplePlans() {}

    /** The folder of the sample plans. */
    public static Path models() {
        return Repository.path("models");
    }

    /** A file below {@code models/}, e.g. {@code file("collected", "phitsanulok-2562")}. */
    public static Path file(String name, String... more) {
        return models().resolve(Path.of(name, more));
    }

    /** One sample file loaded into a resource set of its own (its links to other files resolve on demand). */
    public static PlanModel load(String name) throws PlanLoadException {
        return PlanFiles.load(PlanFiles.newResourceSet(), file(name));
    }

    /** The regional plan, then the provincial plan, loaded into {@code set}; returns the provincial one. */
    public static PlanModel province(ResourceSet set) throws PlanLoadException {
        PlanFiles.load(set, file(REGION));
        return PlanFiles.load(set, file(PROVINCE));
    }

    /** Both sample plans in a new resource set, the regional one first. */
    public static ResourceSet both() throws PlanLoadException {
        ResourceSet set = PlanFiles.newResourceSet();
        province(set);
        return set;
    }

    /** The first action plan of a plan model (the provincial sample has one, FY 2562). */
    public static ActionPlan actionPlan(PlanModel model) {
        return model.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .map(ActionPlan.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no action plan in " + model.eResource().getURI()));
    }

    /**
     * Copies sample files into a test's own folder (a temporary workspace, e.g. JUnit's {@code @TempDir}), keeping
     * their names so that links between them still resolve; returns the copy of the last one.
     */
    public static Path copy(Path dir, String... names) throws IOException {
        Path last = null;
        for (String name : names) {
            last = Files.copy(file(name), dir.resolve(Path.of(name).getFileName()));
        }
        return last;
    }

    /** Both sample plans copied into {@code dir} (the regional one first); returns the provincial copy. */
    public static Path copyBoth(Path dir) throws IOException {
        return copy(dir, REGION, PROVINCE);
    }
}
