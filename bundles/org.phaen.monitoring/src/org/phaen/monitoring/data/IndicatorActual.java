/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An indicator's actual for one reporting period: the agencies' values added up, and how many agencies reported.
 *
 * @param indicator the indicator's uuid
 * @param period the reporting period's uuid
 * @param total the sum of the agencies' values, exact
 * @param agencies how many agencies reported (at least 1)
 */
public record IndicatorActual(String indicator, String period, BigDecimal total, int agencies) {

    public IndicatorActual {
        Rows.uuid(indicator, "indicator");
        Rows.uuid(period, "period");
        Rows.amount(total, "total");
        if (agencies < 1) {
            throw new IllegalArgumentException("an actual needs at least one reporting agency, got " + agencies);
        }
    }

    /** The agencies' mean, for rates and levels (a percentage is not summed over agencies). */
    public BigDecimal mean() {
        return total.divide(BigDecimal.valueOf(agencies), MathContext.DECIMAL64).stripTrailingZeros();
    }
}
