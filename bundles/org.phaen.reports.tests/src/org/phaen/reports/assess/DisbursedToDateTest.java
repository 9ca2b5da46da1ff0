/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.reports.Samples;

/** Overlapping quarters and rounds are counted once; periods after the cut-off are not counted. */
class DisbursedToDateTest {

    private static Samples samples;

    @BeforeAll
    static void load() throws Exception {
        samples = Samples.load();
    }

    private Map<DisbursedToDate.Key, BigDecimal> totals(String cutoff, List<Disbursement> records) {
        return DisbursedToDate.of(
                records, new ReportingScope(2562, samples.period(cutoff), List.of(samples.monitoring())));
    }

    private Disbursement paid(String period, String amount) {
        return new Disbursement("p", "s", samples.period(period).getUuid(), new BigDecimal(amount));
    }

    @Test
    void aRoundWinsOverTheQuartersItCovers() {
        var totals = totals(
                "2562-C12",
                List.of(paid("2562-Q1", "100"), paid("2562-Q2", "50"), paid("2562-C6", "150"), paid("2562-Q3", "25")));
        assertEquals(new BigDecimal("175"), totals.get(new DisbursedToDate.Key("p", "s")));
    }

    @Test
    void quartersAddUp() {
        var totals =
                totals("2562-C12", List.of(paid("2562-Q1", "100.25"), paid("2562-Q2", "50.50"), paid("2562-Q4", "1")));
        assertEquals(new BigDecimal("151.75"), totals.get(new DisbursedToDate.Key("p", "s")));
    }

    @Test
    void laterPeriodsAreOutOfScope() {
        var totals = totals("2562-Q2", List.of(paid("2562-Q1", "100"), paid("2562-Q3", "999"), paid("2562-C9", "999")));
        assertEquals(new BigDecimal("100"), totals.get(new DisbursedToDate.Key("p", "s")));
    }
}
