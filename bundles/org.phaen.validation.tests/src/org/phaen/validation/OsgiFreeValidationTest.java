/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/**
 * Validation in a plain JVM without {@code org.eclipse.osgi} (as a Maven program that excludes it gets), and the
 * same files loaded twice counted once: the samples give the same findings as when each file is loaded once (issue 20).
 */
class OsgiFreeValidationTest {

    @Test
    void validationWorksWithoutOsgiAndFilesLoadedTwiceCountOnce() throws Exception {
        Path models = SamplePlans.models();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                plainClassPath(),
                PlainJavaValidation.class.getName(),
                models.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("osgi: absent"), output);
        String once = line(output, "loaded once: ");
        assertTrue(once.startsWith("resources: 2, errors: 0, warnings: ") && !once.endsWith("warnings: 0"), output);
        assertEquals(once, line(output, "loaded again: "), "the same files loaded twice count once");
        assertTrue(output.contains("diagnostician: "), output);
        assertFalse(output.contains("diagnostician: 0 "), output);
    }

    private static String line(String output, String prefix) {
        return output.lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElse("missing: " + output);
    }

    /** The jars and folders of the library and EMF only, as a plain Maven program has them. */
    private static String plainClassPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : new Class<?>[] {
            PlainJavaValidation.class,
            PlanValidator.class,
            PlanFiles.class,
            EObject.class,
            XMIResource.class,
            EList.class
        }) {
            String location = type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toString()
                    .replaceFirst("^reference:", "");
            String entry = Path.of(java.net.URI.create(location)).toString();
            assertFalse(entry.contains("org.eclipse.osgi"), entry);
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
