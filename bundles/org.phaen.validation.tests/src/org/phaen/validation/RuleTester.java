/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/** Runs one rule over plan models held in memory, as if each were a file. */
public final class RuleTester {

    private RuleTester() {}

    /** The findings of {@code rule} over the given models (each becomes a file in one resource set). */
    public static List<Finding> run(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        // The files alone: rules may resolve references into other files, which adds resources while we validate.
        List<Resource> files = files(set, models);
        return new PlanValidator(List.of(rule))
                .validate(files, new RuleContext(set))
                .findings();
    }

    /** Live validation of {@code rule} over the given models, each a file of one resource set (not yet started). */
    public static LiveValidation live(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        return new LiveValidation(new PlanValidator(List.of(rule)), set, files(set, models));
    }

    /** The models as files memory:/plan-0.phaen, memory:/plan-1.phaen, ... of the set. */
    private static List<Resource> files(ResourceSet set, PlanModel... models) {
        List<Resource> files = new ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            Resource file = set.createResource(URI.createURI("memory:/plan-" + i + ".phaen"));
            file.getContents().add(models[i]);
            files.add(file);
        }
        return files;
    }
}
