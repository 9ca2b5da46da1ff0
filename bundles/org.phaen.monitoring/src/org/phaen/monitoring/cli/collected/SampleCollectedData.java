/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli.collected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.calendar.FiscalYear;

/**
 * Example collected data for a monitoring plan whose instruments were generated and saved: KPI sheets filled by
 * some of the reporting agencies, the projects' progress reports and an ODK export of the satisfaction survey, for
 * each running period (from 1 October) that ended by {@code until}, and the log of reports delivered. The same
 * files on every run, so the shipped samples can be checked against the plan.
 */
public final class SampleCollectedData {

    /** Agencies that send KPI sheets: most of them, so the reports show one that has not. */
    private static final int KPI_AGENCIES = 5;

    private static final int SURVEY_SUBMISSIONS = 36;

    private final MonitoringPlan plan;
    private final List<ReportingPeriod> periods;

    public SampleCollectedData(MonitoringPlan plan, LocalDate until) {
        this.plan = plan;
        LocalDate yearStart = FiscalYear.of(plan.getFiscalYear()).start();
        this.periods = plan.getReportingPeriods().stream()
                .filter(p -> yearStart.equals(p.getStartDate())
                        && p.getEndDate() != null
                        && !p.getEndDate().isAfter(until))
                .toList();
    }

    /** Writes the files into {@code folder} (created if missing) and returns them. */
    public List<Path> write(Path folder) throws IOException {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("no reporting period of the fiscal year " + plan.getFiscalYear()
                    + " monitoring plan runs from 1 October and has ended by then");
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        EvaluationInstrument kpi = instrument(InstrumentKind.KPI_COLLECTION);
        List<Organization> agencies = plan.getReportingAgencies()
                .subList(0, Math.min(KPI_AGENCIES, plan.getReportingAgencies().size()));
        for (Organization agency : agencies) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (ReportingPeriod period : periods) {
                Map<String, String> answers = answers(kpi, period, agencies.size(), agency.getCode());
                answers.put(
                        item(kpi, "agency"),
                        Integer.toString(plan.getReportingAgencies().indexOf(agency) + 1));
                rows.add(answers);
            }
            written.add(workbook(kpi, rows, folder.resolve("kpi-" + agency.getCode() + ".xlsx")));
        }
        EvaluationInstrument progress = instrument(InstrumentKind.PROGRESS_REPORT);
        List<Map<String, String>> rows = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            Map<String, String> answers = answers(progress, period, 1, "progress");
            answers.keySet().removeIf(uuid -> onKpiSheet(kpi, progress, uuid));
            rows.add(answers);
        }
        written.add(workbook(progress, rows, folder.resolve("progress.xlsx")));
        written.add(survey(instrument(InstrumentKind.SATISFACTION_SURVEY), folder.resolve("satisfaction-odk.csv")));
        written.add(DeliveryLogSample.write(
                plan, periods.get(periods.size() - 1).getEndDate(), folder.resolve("deliveries.csv")));
        return written;
    }

    private Map<String, String> answers(
            EvaluationInstrument instrument, ReportingPeriod period, int agencies, String salt) {
        double share = Math.min(1, period.getMonths() / 12.0);
        Map<String, String> answers = new SampleAnswers(
                        seed(instrument.getCode(), period.getCode(), salt), plan.getFiscalYear(), share, agencies)
                .all(FormOutline.of(instrument));
        answers.put(
                item(instrument, "period"),
                Integer.toString(plan.getReportingPeriods().indexOf(period) + 1));
        return answers;
    }

    /**
     * An indicator on the KPI sheet is reported there by every agency; the progress report leaves it blank, as an
     * office would not report the same figure twice (the store would refuse the second).
     */
    private static boolean onKpiSheet(EvaluationInstrument kpi, EvaluationInstrument progress, String itemUuid) {
        var item = progress.getItems().stream()
                .filter(i -> i.getUuid().equals(itemUuid))
                .findFirst()
                .orElseThrow();
        return item.getIndicator() != null
                && kpi.getItems().stream().anyMatch(i -> i.getIndicator() == item.getIndicator());
    }

    private Path survey(EvaluationInstrument survey, Path file) throws IOException {
        ReportingPeriod last = periods.get(periods.size() - 1);
        List<OdkCsvExport.Submitted> submissions = new ArrayList<>();
        LocalDate start = periods.get(0).getStartDate();
        long days = last.getEndDate().toEpochDay() - start.toEpochDay();
        for (int n = 0; n < SURVEY_SUBMISSIONS; n++) {
            LocalDate on = start.plusDays(days * (n + 1) / (SURVEY_SUBMISSIONS + 1));
            var answers = new SampleAnswers(
                            seed(survey.getCode(), "response", Integer.toString(n)), plan.getFiscalYear(), 1, 1)
                    .all(FormOutline.of(survey));
            String id = "uuid:"
                    + UUID.nameUUIDFromBytes((survey.getUuid() + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            submissions.add(new OdkCsvExport.Submitted(
                    on.atTime(9 + n % 8, (n * 7) % 60).toInstant(ZoneOffset.ofHours(7)), id, answers));
        }
        OdkCsvExport.write(survey, submissions, file);
        return file;
    }

    private static Path workbook(EvaluationInstrument instrument, List<Map<String, String>> rows, Path file)
            throws IOException {
        FilledWorkbook.write(instrument, rows, file);
        return file;
    }

    private EvaluationInstrument instrument(InstrumentKind kind) {
        return plan.getInstruments().stream()
                .filter(i -> i.getKind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(plan.getCode() + " has no " + kind.getLiteral()
                        + " instrument; generate the instruments with --update-model first"));
    }

    private static String item(EvaluationInstrument instrument, String generatorKey) {
        return instrument.getItems().stream()
                .filter(i -> generatorKey.equals(i.getGeneratorKey()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException(instrument.getCode() + " has no \"" + generatorKey + "\" item"))
                .getUuid();
    }

    private static long seed(String... parts) {
        return String.join("|", parts).hashCode();
    }
}
