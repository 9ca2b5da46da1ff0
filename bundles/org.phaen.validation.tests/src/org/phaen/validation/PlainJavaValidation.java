/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.nio.file.Path;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/**
 * Run in a child JVM by {@link OsgiFreeValidationTest} with no OSGi classes on its class path: loads the samples the
 * way an integrator might (one file, its links followed, then both files again), validates them, and validates
 * through EMF's Diagnostician after {@link PhaenEValidator#register()}; prints what it found.
 */
public final class PlainJavaValidation {

    private PlainJavaValidation() {}

    public static void main(String[] args) throws Exception {
        Path models = Path.of(args[0]);
        System.out.println("osgi: " + (present("org.osgi.framework.FrameworkUtil") ? "present" : "absent"));
        ResourceSet once = PlanFiles.newResourceSet();
        PlanFiles.load(once, models.resolve("region17-2562.phaen"));
        PlanFiles.load(once, models.resolve("phitsanulok-2562.phaen"));
        System.out.println("loaded once: " + counts(once));
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanModel provincial = PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        System.out.println("loaded again: " + counts(set));
        PhaenEValidator.register();
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(provincial);
        long phaen = diagnostic.getChildren().stream()
                .filter(d -> PhaenEValidator.SOURCE.equals(d.getSource()))
                .count();
        System.out.printf("diagnostician: %d Phaen diagnostics%n", phaen);
    }

    private static String counts(ResourceSet set) {
        ValidationReport report = PlanValidator.withAllRules().validate(set);
        return String.format(
                "resources: %d, errors: %d, warnings: %d",
                set.getResources().size(), report.count(Severity.ERROR), report.count(Severity.WARNING));
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, PlainJavaValidation.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
