/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ScheduledReport;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.store.MonitoringStore;

/** The secretary's delivery log: codes resolved against the plan, dates in either calendar, all rows or none. */
class DeliveryLogTest {

    @TempDir
    Path dir;

    private SamplePlan sample;

    @BeforeEach
    void load() throws Exception {
        sample = SamplePlan.load();
    }

    private Path log(String... lines) throws Exception {
        return Files.writeString(
                dir.resolve("deliveries.csv"), "report,delivered,sent_to\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void codesAndBothCalendarsAreRead() throws Exception {
        List<ReportDelivery> read = DeliveryLog.read(
                log("RPT-Q1-2562,2019-01-08,REG17", "RPT-Q2-2562,12/4/2562,REG17;OPS-MOE", "RPT-C6-2562,,"),
                sample.plans(),
                CollectedFiles.DEFAULT_MAX_BYTES);
        ScheduledReport q1 = (ScheduledReport) sample.plans().getResources().stream()
                .map(r -> r.getEObject(read.get(0).report()))
                .filter(o -> o != null)
                .findFirst()
                .orElseThrow();
        assertEquals("RPT-Q1-2562", q1.getCode());
        assertEquals(q1.getDueDate(), read.get(0).due(), "the due date is the model's");
        assertEquals(LocalDate.of(2019, 4, 12), read.get(1).delivered(), "B.E. year 2562 is 2019");
        assertEquals(2, read.get(1).recipients().size());
        assertNull(read.get(2).delivered(), "blank: still owed");
        assertTrue(DeliveryLog.isDeliveryLog(dir.resolve("deliveries.csv"), CollectedFiles.DEFAULT_MAX_BYTES));
    }

    @Test
    void everyBadRowIsListedAndNothingIsRecorded() throws Exception {
        Path bad = log("RPT-Q1-2562,2019-01-08,REG17", "RPT-NOPE,2019-01-08,", "RPT-Q2-2562,31/2/2562,NOBODY");
        RowsRejected e = assertThrows(
                RowsRejected.class, () -> DeliveryLog.read(bad, sample.plans(), CollectedFiles.DEFAULT_MAX_BYTES));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(
                e.problems().get(0).contains("line 3") && e.problems().get(0).contains("RPT-NOPE"),
                e.problems().toString());
        assertTrue(e.problems().get(1).contains("not a date"), e.problems().toString());
        assertTrue(e.problems().get(2).contains("NOBODY"), e.problems().toString());
        Path other = Files.writeString(dir.resolve("other.csv"), "report,when\nRPT-Q1-2562,2019-01-08\n");
        assertFalse(DeliveryLog.isDeliveryLog(other, CollectedFiles.DEFAULT_MAX_BYTES));
    }

    @Test
    void aLogIsRecordedInOneTransactionAndACorrectionReplaces() throws Exception {
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"))) {
            store.records()
                    .deliveries(DeliveryLog.read(
                            log("RPT-Q1-2562,2019-01-08,REG17", "RPT-Q2-2562,2019-04-12,REG17;OPS-MOE"),
                            sample.plans(),
                            CollectedFiles.DEFAULT_MAX_BYTES));
            store.records()
                    .deliveries(DeliveryLog.read(
                            log("RPT-Q2-2562,2019-04-09,REG17"), sample.plans(), CollectedFiles.DEFAULT_MAX_BYTES));
            assertEquals(2, store.queries().count("report_delivery"));
            ReportDelivery q2 = store.queries().deliveries().stream()
                    .filter(d -> d.delivered().getMonthValue() == 4)
                    .findFirst()
                    .orElseThrow();
            assertEquals(LocalDate.of(2019, 4, 9), q2.delivered());
            assertEquals(1, q2.recipients().size());
        }
    }
}
