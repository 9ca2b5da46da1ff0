/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.assess.IndicatorResults;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.assess.ReportingScope;
import org.phaen.reports.batch.ReportBatch;
import org.phaen.reports.store.StoreFacts;
import org.phaen.ui.commands.StoreConnection;
import org.phaen.ui.prefs.PhaenPreferences;

/**
 * The indicator badges' colours: each indicator's latest status in the monitoring store the preferences name, for
 * the default fiscal year, as of the period that ended last (as the dashboard judges it). No store, no colours; a store
 * that cannot be read leaves them grey too, with a warning in the platform log.
 */
final class IndicatorStatuses {

    private IndicatorStatuses() {}

    static StatusSource of(PlanModel plan, Path planFile) {
        int year = PhaenPreferences.fiscalYear();
        List<MonitoringPlan> monitoring = plan.getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == year)
                .toList();
        if (monitoring.isEmpty() || !StoreConnection.exists(planFile)) {
            return StatusSource.NONE;
        }
        Map<String, String> statuses = new HashMap<>();
        try (MonitoringStore store = StoreConnection.open(planFile)) {
            var period =
                    ReportBatch.lastEnded(monitoring.get(0), LocalDate.now()).orElse(null);
            IndicatorResults results =
                    new IndicatorResults(new ReportingScope(year, period, monitoring), new StoreFacts(store));
            for (var it = plan.eAllContents(); it.hasNext(); ) {
                EObject next = it.next();
                if (next instanceof Indicator indicator) {
                    String status = badge(results.assess(indicator).status());
                    if (status != null) {
                        statuses.put(indicator.getUuid(), status);
                    }
                }
            }
        } catch (Exception e) {
            // The diagram opens all the same, with grey badges; the log says why.
            ILog.of(IndicatorStatuses.class)
                    .warn(
                            "Indicator statuses for the diagram of " + planFile
                                    + " could not be read from the monitoring store",
                            e);
            return StatusSource.NONE;
        }
        return statuses::get;
    }

    /** The dashboard's judgement in the diagram's three colours (met and on track are both green). */
    private static String badge(IndicatorStatus status) {
        return switch (status) {
            case MET, ON_TRACK -> "ON_TRACK";
            case BEHIND -> "OFF_TRACK";
            case NO_DATA -> null;
        };
    }
}
