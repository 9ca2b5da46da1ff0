/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.resource.PlanFiles;
import org.phaen.reports.data.InMemoryFacts;
import org.phaen.testing.SamplePlans;

/** The sample regional and provincial plans loaded together, and monitoring facts for the provincial FY 2562 plan. */
public record Samples(ResourceSet set, ActionPlan actionPlan, MonitoringPlan monitoring) {

    // Indicators of the provincial strategic plan (PLK-EDP), chosen for one status each.
    public static final String KPI_MET = "ddf03f84-4456-41be-9c08-c366b6f4b651"; // PERCENT, base 38.5, target 55
    public static final String KPI_ON_TRACK = "1bfdca91-b110-4b12-8350-d5ab329b47b2"; // PERCENT, base 52, target 64
    public static final String KPI_BEHIND = "efe4171b-5457-4e67-9d05-d8079531b659"; // PERCENT, base 88.6, target 92
    public static final String KPI_LOWER_MET =
            "2c818ff1-f312-43cc-9da2-3cfed0af68f4"; // PERCENT DECREASE, base .45, target .35
    public static final String KPI_COUNT = "21589904-2978-49a7-938f-5d71dad13402"; // COUNT, base 850, target 1050
    public static final String KPI_NO_DATA = "bfbeec7e-e8b9-42dd-bac4-f8e358e65a6f";
    public static final String PROJECT_01 = "cbcb6ea0-5d03-48f7-a0f7-fc24f3e81380";
    public static final String PROJECT_04 = "a82169d0-37e1-42c6-a181-6257fb76e1e4";
    public static final String PROJECT_06 = "532e979d-792f-457e-8a08-195670aee420";
    public static final String SOURCE_PLK = "84486983-81fd-46bc-bb7a-bd268dc16583";
    public static final String SOURCE_OPS = "d1b5c0fd-3887-432c-9f50-bd3ac170ba49";
    public static final String REPORT_Q1 = "c73921e9-ac56-4313-a23b-27a22cd6b085";
    public static final String REPORT_Q2 = "6bc8a6b8-b4be-4a66-b6bc-4739b364c36e";
    public static final String REPORT_C6 = "9bcf2a46-d207-462c-a849-ca681af244ee";
    public static final String REGION_OFFICE = "60f81d7d-fd85-44fb-a731-9543c546313d";
    /** The day deliveries are judged on in the tests. */
    public static final LocalDate TODAY = LocalDate.of(2019, 5, 1);

    public static Samples load() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = SamplePlans.province(set);
        return new Samples(
                set,
                SamplePlans.actionPlan(provincial),
                provincial.getMonitoringPlans().get(0));
    }

    public ReportingPeriod period(String code) {
        return monitoring.getReportingPeriods().stream()
                .filter(p -> code.equals(p.getCode()))
                .findFirst()
                .orElseThrow();
    }

    /** Six-month facts: one indicator per status, overlapping disbursement rounds, an on-time, a late and a missing report. */
    public InMemoryFacts facts() {
        String q1 = period("2562-Q1").getUuid(),
                q2 = period("2562-Q2").getUuid(),
                c6 = period("2562-C6").getUuid();
        String c9 = period("2562-C9").getUuid();
        return InMemoryFacts.builder()
                .actual(KPI_MET, c6, "120", 2) // mean 60 >= 55
                .actual(KPI_ON_TRACK, q1, "50", 1) // older round, superseded by the 6-month one
                .actual(KPI_ON_TRACK, c6, "117", 2) // mean 58.5: below 64, above the half-year line 58
                .actual(KPI_BEHIND, c6, "176", 2) // mean 88 below the line 90.3
                .actual(KPI_LOWER_MET, c6, "0.60", 2) // mean 0.30 <= 0.35, lower is better
                .actual(KPI_COUNT, c6, "1100", 3) // a count is summed: 1100 >= 1050
                .actual(KPI_NO_DATA, c9, "40", 1) // after the 6-month cut-off: not seen at C6
                .progress(PROJECT_01, c6, "IN_PROGRESS", "60")
                .progress(PROJECT_06, q2, "SUSPENDED", "20")
                .disbursed(PROJECT_01, SOURCE_PLK, q1, "30000.00")
                .disbursed(PROJECT_01, SOURCE_PLK, q2, "20000.50")
                .disbursed(PROJECT_01, SOURCE_PLK, c6, "50000.50") // the same money as Q1 + Q2, reported as a round
                .disbursed(PROJECT_01, SOURCE_OPS, q1, "10000.25")
                .disbursed(PROJECT_04, SOURCE_OPS, c6, "125000.00")
                .delivery(REPORT_Q1, LocalDate.of(2019, 1, 10), LocalDate.of(2019, 1, 8), List.of(REGION_OFFICE))
                .delivery(REPORT_Q2, LocalDate.of(2019, 4, 10), LocalDate.of(2019, 4, 20), List.of(REGION_OFFICE))
                .build();
    }
}
