/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void rowsRefuseMissingKeys() {
        assertThrows(IllegalArgumentException.class, () -> new Measurement(" ", "a", "p", BigDecimal.ONE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Disbursement("p", "s", "q", null));
    }

    @Test
    void batchCountsEveryRow() {
        var batch = new ImportBatch(
                "f.xlsx",
                "ab",
                List.of(new Measurement("i", "a", "p", BigDecimal.TEN, null, null)),
                List.of(new ProjectProgress("x", "p", null, null, null)),
                List.of(),
                List.of());
        assertEquals(2, batch.rowCount());
    }

    @Test
    void lateOrMissingDeliveryIsOverdue() {
        LocalDate due = LocalDate.of(2019, 3, 31);
        assertTrue(new ReportDelivery("r", due, null, List.of()).overdue(due.plusDays(1)));
        assertFalse(new ReportDelivery("r", due, null, List.of()).overdue(due));
        assertTrue(new ReportDelivery("r", due, due.plusDays(2), List.of()).overdue(due));
        assertFalse(new ReportDelivery("r", due, due, List.of("o")).overdue(due.plusYears(1)));
    }
}
