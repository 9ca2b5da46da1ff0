/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/** Loads the plan files named on the command line, turning load failures into bad input. */
public final class Loading {

    private Loading() {}

    /**
     * Loads the files into one new resource set (so links between them resolve) and returns the last one: the
     * plan a command works on, the others being the plans it aligns to.
     */
    public static PlanModel last(List<Path> files) throws BadInputException {
        List<PlanModel> plans = loadAll(PlanFiles.newResourceSet(), files);
        return plans.get(plans.size() - 1);
    }

    public static List<PlanModel> loadAll(ResourceSet set, List<Path> files) throws BadInputException {
        List<PlanModel> models = new ArrayList<>();
        for (Path file : files) {
            try {
                models.add(PlanFiles.load(set, file));
            } catch (PlanLoadException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        return models;
    }
}
