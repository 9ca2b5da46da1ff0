/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.testing.SamplePlans;

/**
 * SIGKILLs a JVM that saves a plan in a loop, at random moments: after every kill the plan and its backup are whole
 * plans, and the next save leaves no temporary file behind (issue 21).
 */
class KilledSaveTest {

    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentLeavesAWholePlanAndAWholeBackup() throws Exception {
        Path file = Files.copy(SamplePlans.file("phitsanulok-2562.phaen"), dir.resolve("plan.phaen"));
        Random random = new Random(20);
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = new ProcessBuilder(javaCommand(file))
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream()))) {
                assertEquals(
                        "saved 0",
                        out.readLine(),
                        "the saving JVM saved once"); // so that the machine's load does not matter
                Thread.sleep(random.nextInt(300));
                saver.destroyForcibly().waitFor(); // SIGKILL
            }
            PlanFiles.load(PlanFiles.newResourceSet(), file);
            if (Files.exists(SafeSave.backupOf(file))) {
                PlanFiles.load(
                        PlanFiles.newResourceSet(),
                        Files.copy(SafeSave.backupOf(file), dir.resolve("backup-" + kill + ".phaen")));
            }
        }
        assertTrue(Files.exists(SafeSave.backupOf(file)), "saves happened");
        PlanFiles.save(PlanFiles.load(PlanFiles.newResourceSet(), file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    left.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                            .toList());
        }
    }

    /** The saving JVM: this JVM's java, with the model, its test classes and EMF on a plain class path. */
    private static List<String> javaCommand(Path file) {
        List<String> classPath = new ArrayList<>();
        for (Class<?> type :
                new Class<?>[] {SaveLoop.class, PlanFiles.class, EObject.class, XMIResource.class, EList.class}) {
            String location = Path.of(java.net.URI.create(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toString()
                            .replaceFirst("^reference:", "")))
                    .toString();
            if (!classPath.contains(location)) {
                classPath.add(location);
            }
        }
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, classPath),
                SaveLoop.class.getName(),
                file.toString());
    }
}
