/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.OutputFiles;
import org.phaen.instruments.PublicInstruments;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanDocument;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.OpenPlan;

/**
 * Plan > Generate Instruments: the fiscal year's instruments created or updated in the plan (one undoable command,
 * as the command line's --update-model does), then written in every format into a folder, with progress.
 */
public final class InstrumentGeneration {

    private final OpenPlan plan;
    private final int fiscalYear;
    private final List<EvaluationInstrument> instruments = new ArrayList<>();

    public InstrumentGeneration(OpenPlan plan, int fiscalYear) {
        this.plan = plan;
        this.fiscalYear = fiscalYear;
    }

    /** Updates the plan's instruments on the command stack; throws IllegalStateException when the year has nothing to monitor. */
    public List<EvaluationInstrument> generate() {
        MonitoringPlan monitoring = plan.model().getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == fiscalYear)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(Messages.bind(Messages.Generate_noMonitoringPlan, fiscalYear)));
        List<InstrumentScope> scopes = new ArrayList<>();
        for (PlanDocument document : plan.model().getPlans()) {
            if (document instanceof ActionPlan actionPlan && actionPlan.getFiscalYear() == fiscalYear) {
                scopes.add(InstrumentScope.actionPlan(actionPlan));
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalStateException(Messages.bind(Messages.Generate_noActionPlan, fiscalYear));
        }
        instruments.clear();
        plan.domain().getCommandStack().execute(new ChangeCommand(plan.model().eResource()) {
            @Override
            protected void doExecute() {
                for (InstrumentScope scope : scopes) {
                    instruments.addAll(new InstrumentGenerator()
                            .generate(monitoring, scope, InstrumentGenerator.kinds())
                            .instruments());
                }
            }
        });
        return List.copyOf(instruments);
    }

    /** Writes the generated instruments in every format; the dialog running it keeps the plan from being edited meanwhile. */
    public IRunnableWithProgress writeTo(Path folder, List<Path> written) {
        return monitor -> {
            List<InstrumentRenderer> renderers =
                    new ArrayList<>(Renderers.available().values());
            SubMonitor progress =
                    SubMonitor.convert(monitor, Messages.Generate_writing, instruments.size() * renderers.size());
            try {
                Files.createDirectories(folder);
                RenderOptions options = new RenderOptions(false, LocalDate.now());
                PublicInstruments audience =
                        instruments.isEmpty() ? null : PublicInstruments.of(instruments.get(0), false);
                for (EvaluationInstrument instrument : instruments) {
                    EvaluationInstrument shown = audience.forRendering(instrument);
                    for (InstrumentRenderer renderer : renderers) {
                        if (progress.isCanceled()) {
                            throw new InterruptedException();
                        }
                        Path file = OutputFiles.inside(folder, instrument.getCode(), renderer.fileExtension());
                        progress.subTask(file.getFileName().toString());
                        try (OutputStream out = Files.newOutputStream(file)) {
                            renderer.render(shown, options, out);
                        }
                        written.add(file);
                        progress.worked(1);
                    }
                }
            } catch (java.io.IOException e) {
                throw new InvocationTargetException(e);
            }
        };
    }
}
