/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.math.BigDecimal;

/**
 * An indicator's actual value reported by one agency for one reporting period.
 *
 * @param indicator the indicator's uuid
 * @param agency the reporting organisation's uuid
 * @param period the reporting period's uuid
 * @param value the value, exact
 * @param evidence where the value can be checked (document, link), may be null
 * @param source the file or channel it came from, may be null
 */
public record Measurement(
        String indicator, String agency, String period, BigDecimal value, String evidence, String source) {

    public Measurement {
        Rows.uuid(indicator, "indicator");
        Rows.uuid(agency, "agency");
        Rows.uuid(period, "period");
        Rows.amount(value, "value");
    }
}
