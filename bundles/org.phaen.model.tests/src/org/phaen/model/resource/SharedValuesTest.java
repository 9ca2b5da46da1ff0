/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.sample.SyntheticPlanGenerator;

/** A loaded plan keeps each repeated attribute value and date once; the values themselves are what the file says. */
class SharedValuesTest {

    @TempDir
    Path dir;

    @Test
    void repeatedValuesAreOneObject() throws Exception {
        PlanModel generated = new SyntheticPlanGenerator().generate(2, 3);
        Path file = dir.resolve("two.phaen");
        PlanFiles.saveAs(generated, PlanFiles.newResourceSet(), file);
        PlanModel loaded = PlanFiles.load(PlanFiles.newResourceSet(), file);
        List<Project> projects = loaded.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .flatMap(p -> ((ActionPlan) p).getProjects().stream())
                .toList();
        Project a = projects.get(0), b = projects.get(projects.size() - 1);
        assertEquals(
                a.getActivities().get(0).getName(), b.getActivities().get(0).getName());
        assertSame(
                a.getActivities().get(0).getName(),
                b.getActivities().get(0).getName(),
                "one string for one repeated name");
        assertEquals(a.getStartDate(), b.getStartDate());
        assertSame(a.getStartDate(), b.getStartDate(), "one LocalDate for one day");
        assertNotSame(a.getUuid(), b.getUuid());
        assertEquals(generated.getPlans().size(), loaded.getPlans().size());
    }
}
