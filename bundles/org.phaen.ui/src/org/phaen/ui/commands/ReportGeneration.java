/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.batch.ReportBatch;
import org.phaen.reports.store.StoreFacts;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.OpenPlan;

/**
 * Plan > Generate Reports: the fiscal year's dashboard and action-plan summaries for the period that ended last
 * (as of today), from the monitoring store the preferences name, in HTML, DOCX and XLSX, with progress.
 */
public final class ReportGeneration {

    private final OpenPlan plan;
    private final MonitoringPlan monitoring;
    private final ReportingPeriod period;
    private final LocalDate asOf;

    /** Throws IllegalStateException when the plan has nothing to report on for the year. */
    public ReportGeneration(OpenPlan plan, int fiscalYear, LocalDate asOf) {
        this.plan = plan;
        this.asOf = asOf;
        this.monitoring = plan.model().getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == fiscalYear)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(Messages.bind(Messages.Generate_noMonitoringPlan, fiscalYear)));
        this.period = ReportBatch.lastEnded(monitoring, asOf).orElse(null);
    }

    /** The period reported on: the one that ended last, or the whole year when none has ended yet (null). */
    public ReportingPeriod period() {
        return period;
    }

    public IRunnableWithProgress writeTo(Path folder, List<Path> written) {
        return monitor -> {
            try (MonitoringStore store = StoreConnection.open(plan.file())) {
                List<ReportBatch.Job> jobs = ReportBatch.jobs(
                        monitoring, period, asOf, new StoreFacts(store), EnumSet.allOf(ReportBatch.Kind.class));
                SubMonitor progress = SubMonitor.convert(monitor, Messages.Reports_writing, jobs.size());
                for (ReportBatch.Job job : jobs) {
                    if (progress.isCanceled()) {
                        throw new InterruptedException();
                    }
                    progress.subTask(job.stem());
                    written.addAll(ReportBatch.write(job, EnumSet.allOf(ReportBatch.Format.class), folder));
                    progress.worked(1);
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new InvocationTargetException(e);
            }
        };
    }
}
