/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.math.BigDecimal;

/**
 * Budget a project disbursed from one funding source in one reporting period, in baht, exact.
 *
 * @param project the project's uuid
 * @param fundingSource the funding source's uuid
 * @param period the reporting period's uuid
 * @param amount baht, exact (never a double)
 */
public record Disbursement(String project, String fundingSource, String period, BigDecimal amount) {

    public Disbursement {
        Rows.uuid(project, "project");
        Rows.uuid(fundingSource, "funding source");
        Rows.uuid(period, "period");
        Rows.amount(amount, "amount");
    }
}
