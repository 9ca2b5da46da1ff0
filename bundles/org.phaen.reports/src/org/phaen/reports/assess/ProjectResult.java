/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.util.Map;
import org.phaen.model.FundingSource;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingPeriod;

/**
 * A project as of the cut-off.
 *
 * @param status the reported status, else the one in the plan; null when neither says
 * @param percentComplete the reported percentage, or null
 * @param asOf the period the progress was reported for, or null when none was
 * @param allocated baht per funding source from the project's budget lines
 * @param disbursed baht per funding source from the start of the year to the cut-off
 */
public record ProjectResult(
        Project project,
        ProjectStatus status,
        BigDecimal percentComplete,
        ReportingPeriod asOf,
        Map<FundingSource, BigDecimal> allocated,
        Map<FundingSource, BigDecimal> disbursed) {

    /** Reported completed at under 100% progress: one of the two figures is wrong, and the report says so. */
    public boolean completedUnfinished() {
        return status == ProjectStatus.COMPLETED
                && percentComplete != null
                && percentComplete.compareTo(BigDecimal.valueOf(100)) < 0;
    }

    public BigDecimal allocatedTotal() {
        return allocated.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal disbursedTotal() {
        return disbursed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
