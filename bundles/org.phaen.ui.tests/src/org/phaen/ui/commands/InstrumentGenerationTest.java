/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.Renderers;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenPackage;
import org.phaen.ui.editor.SampleEditorTest;

/** Plan > Generate Instruments: instruments in the plan as one undoable command, then every format written with progress. */
class InstrumentGenerationTest extends SampleEditorTest {

    @Test
    void generatedIntoThePlanUndoablyAndWrittenInEveryFormat() throws Exception {
        openSample();
        var domain = editor.getEditingDomain();
        MonitoringPlan monitoring =
                editor.openPlan().model().getMonitoringPlans().get(0);
        domain.getCommandStack()
                .execute(RemoveCommand.create(
                        domain,
                        monitoring,
                        PhaenPackage.Literals.MONITORING_PLAN__INSTRUMENTS,
                        List.copyOf(monitoring.getInstruments())));
        assertEquals(0, monitoring.getInstruments().size());

        InstrumentGeneration generation = new InstrumentGeneration(editor.openPlan(), 2562);
        assertEquals(6, generation.generate().size());
        assertEquals(6, monitoring.getInstruments().size());
        List<Path> written = new ArrayList<>();
        generation.writeTo(dir.resolve("forms"), written).run(new NullProgressMonitor());
        assertEquals(6 * Renderers.available().size(), written.size());
        for (Path file : written) {
            assertTrue(Files.size(file) > 500, file.toString());
        }
        domain.getCommandStack().undo();
        assertEquals(0, monitoring.getInstruments().size(), "undo takes the generated instruments out again");
        assertThrows(
                IllegalStateException.class,
                () -> new InstrumentGeneration(editor.openPlan(), 2570).generate(),
                "a year without a monitoring plan is refused with a message");
    }
}
