/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.monitoring.data.ReportDelivery;

/**
 * The store's rows a package carries, in the portable form of docs/package-format.md: one CSV per kind of row under
 * {@code data/}, element references by UUID, numbers as plain decimals, dates as ISO days.
 */
public record PackageRows(
        List<Measurement> measurements,
        List<ProjectProgress> progress,
        List<Disbursement> disbursements,
        List<InstrumentResponse> responses,
        List<ReportDelivery> deliveries) {

    static final List<String> MEASUREMENTS =
            List.of("indicator_uuid", "agency_uuid", "period_uuid", "value", "evidence", "source");
    static final List<String> PROGRESS =
            List.of("project_uuid", "period_uuid", "status", "percent_complete", "narrative");
    static final List<String> DISBURSEMENTS = List.of("project_uuid", "funding_source_uuid", "period_uuid", "amount");
    static final List<String> RESPONSES =
            List.of("response", "instrument_uuid", "instrument_version", "respondent_kind", "submission_id");
    static final List<String> ANSWERS = List.of("response", "item_uuid", "answer");
    static final List<String> DELIVERIES = List.of("report_uuid", "due", "delivered", "recipient_uuids");

    /** The data files by their path in the package. */
    Map<String, byte[]> toFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "data/measurements.csv",
                Csv.write(
                        MEASUREMENTS,
                        measurements,
                        m -> Arrays.asList(
                                m.indicator(),
                                m.agency(),
                                m.period(),
                                m.value().toPlainString(),
                                m.evidence(),
                                m.source())));
        files.put(
                "data/progress.csv",
                Csv.write(
                        PROGRESS,
                        progress,
                        p -> Arrays.asList(
                                p.project(),
                                p.period(),
                                p.status(),
                                p.percentComplete() == null
                                        ? null
                                        : p.percentComplete().toPlainString(),
                                p.narrative())));
        files.put(
                "data/disbursements.csv",
                Csv.write(
                        DISBURSEMENTS,
                        disbursements,
                        d -> List.of(
                                d.project(),
                                d.fundingSource(),
                                d.period(),
                                d.amount().toPlainString())));
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, responses.size())
                .boxed()
                .toList();
        files.put("data/responses.csv", Csv.write(RESPONSES, numbers, n -> {
            InstrumentResponse r = responses.get(n - 1);
            return Arrays.asList(
                    n.toString(), r.instrument(), Integer.toString(r.version()), r.respondentKind(), r.submissionId());
        }));
        List<String[]> answers = new ArrayList<>();
        for (int n = 1; n <= responses.size(); n++) {
            for (Map.Entry<String, String> a :
                    new java.util.TreeMap<>(responses.get(n - 1).answers()).entrySet()) {
                answers.add(new String[] {Integer.toString(n), a.getKey(), a.getValue()});
            }
        }
        files.put("data/answers.csv", Csv.write(ANSWERS, answers, Arrays::asList));
        files.put(
                "data/deliveries.csv",
                Csv.write(
                        DELIVERIES,
                        deliveries,
                        d -> Arrays.asList(
                                d.report(),
                                d.due().toString(),
                                d.delivered() == null ? null : d.delivered().toString(),
                                String.join(";", d.recipients()))));
        return files;
    }

    static PackageRows fromFiles(Map<String, byte[]> files) throws PackageRefusedException {
        try {
            List<Measurement> measurements = new ArrayList<>();
            for (List<String> f : rows(files, "data/measurements.csv", MEASUREMENTS)) {
                measurements.add(new Measurement(
                        f.get(0),
                        f.get(1),
                        f.get(2),
                        new BigDecimal(f.get(3)),
                        Csv.blankToNull(f.get(4)),
                        Csv.blankToNull(f.get(5))));
            }
            List<ProjectProgress> progress = new ArrayList<>();
            for (List<String> f : rows(files, "data/progress.csv", PROGRESS)) {
                String percent = Csv.blankToNull(f.get(3));
                progress.add(new ProjectProgress(
                        f.get(0),
                        f.get(1),
                        Csv.blankToNull(f.get(2)),
                        percent == null ? null : new BigDecimal(percent),
                        Csv.blankToNull(f.get(4))));
            }
            List<Disbursement> disbursements = new ArrayList<>();
            for (List<String> f : rows(files, "data/disbursements.csv", DISBURSEMENTS)) {
                disbursements.add(new Disbursement(f.get(0), f.get(1), f.get(2), new BigDecimal(f.get(3))));
            }
            Map<String, Map<String, String>> answers = new LinkedHashMap<>();
            for (List<String> f : rows(files, "data/answers.csv", ANSWERS)) {
                answers.computeIfAbsent(f.get(0), k -> new LinkedHashMap<>()).put(f.get(1), f.get(2));
            }
            List<InstrumentResponse> responses = new ArrayList<>();
            for (List<String> f : rows(files, "data/responses.csv", RESPONSES)) {
                responses.add(new InstrumentResponse(
                        f.get(1),
                        Integer.parseInt(f.get(2)),
                        Csv.blankToNull(f.get(3)),
                        Csv.blankToNull(f.get(4)),
                        answers.getOrDefault(f.get(0), Map.of())));
            }
            List<ReportDelivery> deliveries = new ArrayList<>();
            for (List<String> f : rows(files, "data/deliveries.csv", DELIVERIES)) {
                String delivered = Csv.blankToNull(f.get(2));
                deliveries.add(new ReportDelivery(
                        f.get(0),
                        LocalDate.parse(f.get(1)),
                        delivered == null ? null : LocalDate.parse(delivered),
                        f.get(3).isEmpty() ? List.of() : List.of(f.get(3).split(";"))));
            }
            return new PackageRows(measurements, progress, disbursements, responses, deliveries);
        } catch (RuntimeException e) { // a number, date or key the records refuse
            throw new PackageRefusedException(
                    "a data file of the package holds a value that is not what docs/package-format.md says: "
                            + e.getMessage());
        }
    }

    private static List<List<String>> rows(Map<String, byte[]> files, String path, List<String> header)
            throws PackageRefusedException {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new PackageRefusedException("the package has no " + path);
        }
        return Csv.read(bytes, path, header);
    }
}
