/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.cli;

import java.time.LocalDate;
import java.util.List;
import org.phaen.cli.spi.BadInputException;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.reports.batch.ReportBatch;
import picocli.CommandLine.Option;

/** {@code --period CODE|year --as-of DATE}: which reporting period a report is about, and the day it is made. */
final class ReportPeriod {

    @Option(
            names = "--period",
            description = "Reporting period code, or 'year' (default: the period that ended last by --as-of).")
    String code;

    @Option(
            names = "--as-of",
            description =
                    "The day the report is made, for the default period and overdue deliveries (default: today), e.g. 2019-07-31.")
    LocalDate asOf = LocalDate.now();

    /**
     * The period named, null for the whole year, or by default the period that ended last by {@code --as-of}: of
     * periods ending the same day, the longest (the 9-month round rather than Q3), as offices report.
     */
    ReportingPeriod of(MonitoringPlan plan) throws BadInputException {
        List<ReportingPeriod> periods = plan.getReportingPeriods();
        if ("year".equals(code)) {
            return null;
        }
        if (code != null) {
            return periods.stream()
                    .filter(p -> code.equals(p.getCode()))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(
                            "no reporting period '" + code + "' in " + named(plan) + "; its periods: "
                                    + periods.stream()
                                            .map(ReportingPeriod::getCode)
                                            .toList() + " or year",
                            null));
        }
        return ReportBatch.lastEnded(plan, asOf)
                .orElseThrow(() -> new BadInputException(
                        "no reporting period of " + named(plan) + " has ended by " + asOf + "; name one with --period",
                        null));
    }

    /** The monitoring plan in messages: by its code, or by its fiscal year when it has none. */
    private static String named(MonitoringPlan plan) {
        return plan.getCode() != null ? plan.getCode() : "the monitoring plan of fiscal year " + plan.getFiscalYear();
    }
}
