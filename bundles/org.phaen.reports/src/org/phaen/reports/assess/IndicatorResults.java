/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phaen.model.Indicator;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.reports.data.MonitoringFacts;

/**
 * Assesses indicators for a scope with one query: each indicator is judged on its latest actual up to the
 * cut-off (a dashboard at Q3 shows the 6-month value if the 9-month one is not in yet).
 */
public final class IndicatorResults {

    private final ReportingScope scope;
    private final Map<String, Map<String, IndicatorActual>> byIndicator = new HashMap<>();

    public IndicatorResults(ReportingScope scope, MonitoringFacts facts) {
        this.scope = scope;
        for (IndicatorActual a : facts.indicatorActuals(scope.periodUuids())) {
            byIndicator.computeIfAbsent(a.indicator(), k -> new HashMap<>()).put(a.period(), a);
        }
    }

    public IndicatorResult assess(Indicator indicator) {
        Map<String, IndicatorActual> actuals = byIndicator.getOrDefault(indicator.getUuid(), Map.of());
        Optional<ReportingPeriod> latest = scope.latest(actuals.keySet());
        IndicatorActual actual = latest.map(p -> actuals.get(p.getUuid())).orElse(null);
        BigDecimal share = latest.map(scope::yearShare).orElse(BigDecimal.ONE);
        return IndicatorAssessment.assess(indicator, scope.fiscalYear(), actual, latest.orElse(null), share);
    }

    public List<IndicatorResult> assess(List<Indicator> indicators) {
        return indicators.stream().map(this::assess).toList();
    }
}
