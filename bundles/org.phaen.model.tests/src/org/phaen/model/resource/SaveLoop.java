/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.nio.file.Path;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;

/** Run in a child JVM by {@link KilledSaveTest}: saves a plan over and over, a little different each time, until killed. */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Named first = (Named) plan.getPlans().get(0);
        for (int round = 0; ; round++) {
            first.setDescription("รอบที่ " + round);
            PlanFiles.save(plan);
            System.out.println("saved " + round);
            System.out.flush();
        }
    }
}
