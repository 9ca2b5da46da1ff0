/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Indicator;
import org.phaen.model.Strategy;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.IndicatorResults;
import org.phaen.reports.assess.ReportingScope;
import org.phaen.reports.data.MonitoringFacts;

/** A province's strategies and indicators, and its indicators assessed as of its period from the regional store. */
final class ProvinceResults {

    final ProvinceView province;
    final List<Strategy> strategies = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    private final IndicatorResults results;

    ProvinceResults(ProvinceView province, int fiscalYear, MonitoringFacts facts) {
        this.province = province;
        for (TreeIterator<EObject> it = province.plan().eAllContents(); it.hasNext(); ) {
            EObject next = it.next();
            if (next instanceof Strategy s) {
                strategies.add(s);
            } else if (next instanceof Indicator i) {
                indicators.add(i);
            }
        }
        results = province.monitoring() == null
                ? null
                : new IndicatorResults(
                        new ReportingScope(fiscalYear, province.period(), List.of(province.monitoring())), facts);
    }

    /** Null when the province has no monitoring plan for the year (nothing to assess against). */
    IndicatorResult assess(Indicator indicator) {
        return results == null ? null : results.assess(indicator);
    }
}
