/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.content;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.FundingSource;
import org.phaen.reports.assess.ProjectResult;

/** Budget allocated and disbursed from one funding source, over a set of projects. */
public record SourceBudget(FundingSource source, BigDecimal allocated, BigDecimal disbursed) {

    /** Per source, in the order the projects first use them. */
    public static List<SourceBudget> of(List<ProjectResult> projects) {
        Map<FundingSource, BigDecimal[]> sums = new LinkedHashMap<>();
        for (ProjectResult p : projects) {
            p.allocated().forEach((s, a) -> sums.computeIfAbsent(s, k -> zeros())[0] = sums.get(s)[0].add(a));
            p.disbursed().forEach((s, d) -> sums.computeIfAbsent(s, k -> zeros())[1] = sums.get(s)[1].add(d));
        }
        return sums.entrySet().stream()
                .map(e -> new SourceBudget(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
