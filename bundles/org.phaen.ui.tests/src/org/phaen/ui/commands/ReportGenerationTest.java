/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.phaen.monitoring.imports.CollectedFiles;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.testing.SamplePlans;
import org.phaen.ui.editor.SampleEditorTest;

/** Plan > Generate Reports: from the embedded store beside the plan, every report in every format; a clear refusal without one. */
class ReportGenerationTest extends SampleEditorTest {

    @Test
    void reportsComeFromTheStoreBesideThePlan() throws Exception {
        openSample();
        ReportGeneration generation = new ReportGeneration(editor.openPlan(), 2562, LocalDate.of(2019, 7, 31));
        assertFalse(generation.period().getEndDate().isAfter(LocalDate.of(2019, 7, 31)), "a period that has ended");
        InvocationTargetException noStore = assertThrows(
                InvocationTargetException.class,
                () -> generation
                        .writeTo(dir.resolve("reports"), new ArrayList<>())
                        .run(new NullProgressMonitor()));
        assertTrue(
                noStore.getCause().getMessage().contains("phitsanulok-2562.store"),
                noStore.getCause().getMessage());

        Path collected = SamplePlans.file("collected", "phitsanulok-2562");
        try (MonitoringStore store = MonitoringStore.embedded(
                        MonitoringStore.defaultFolder(editor.openPlan().file()));
                DirectoryStream<Path> workbooks = Files.newDirectoryStream(collected, "*.xlsx")) {
            KnownElements known = KnownElements.of(editor.openPlan().model());
            for (Path workbook : workbooks) {
                store.importBatch(
                        CollectedFiles.workbook(
                                workbook,
                                editor.openPlan().domain().getResourceSet(),
                                CollectedFiles.DEFAULT_MAX_BYTES),
                        known);
            }
        }
        List<Path> written = new ArrayList<>();
        generation.writeTo(dir.resolve("reports"), written).run(new NullProgressMonitor());
        int actionPlans = editor.openPlan()
                .model()
                .getMonitoringPlans()
                .get(0)
                .getActionPlans()
                .size();
        assertEquals((1 + actionPlans) * 3, written.size(), written.toString());
        Path dashboard = written.stream()
                .filter(p -> p.getFileName().toString().startsWith("dashboard-")
                        && p.toString().endsWith(".html"))
                .findFirst()
                .orElseThrow();
        String html = Files.readString(dashboard);
        assertTrue(html.contains(generation.period().getName()), "the dashboard is about the period that ended last");
        assertTrue(html.contains("ตัวชี้วัด"), "Thai text in the dashboard");
    }
}
