/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.ScheduledReport;
import org.phaen.monitoring.data.ReportDelivery;

/**
 * The secretary's log of reports handed in, as CSV: {@code report,delivered,sent_to} with the scheduled report's
 * code, the delivery date (ISO 2019-01-08, or Thai 8/1/2562) or blank while outstanding, and the recipients'
 * organisation codes separated by semicolons. The due date is the model's.
 */
public final class DeliveryLog {

    public static final List<String> HEADER = List.of("report", "delivered", "sent_to");

    private DeliveryLog() {}

    /**
     * True when a CSV file's header is a delivery log's rather than a form export's. Reads the first line only: an
     * export can be large, and whichever reader takes the file reads it whole anyway.
     */
    public static boolean isDeliveryLog(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        String first;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = Files.size(file) > maxBytes ? null : in.readLine();
        } catch (IOException e) {
            return false; // missing, unreadable or not UTF-8: the form-export reader refuses it with the reason
        }
        try {
            return first != null
                    && isHeader(CsvTable.parse(first.getBytes(StandardCharsets.UTF_8), name)
                            .header());
        } catch (ImportException e) {
            return false; // a header broken over lines is no delivery log's
        }
    }

    private static boolean isHeader(List<String> header) {
        return header.stream().map(String::trim).toList().equals(HEADER);
    }

    public static List<ReportDelivery> read(Path file, ResourceSet plans, long maxBytes) throws ImportException {
        String name = file.getFileName().toString();
        CsvTable table = CsvTable.parse(CollectedFiles.read(file, maxBytes), name);
        if (!isHeader(table.header())) {
            throw new ImportException(
                    name + ": a delivery log's columns are " + String.join(",", HEADER) + ", not " + table.header());
        }
        Map<String, ScheduledReport> reports = byCode(plans, ScheduledReport.class);
        Map<String, Organization> organizations = byCode(plans, Organization.class);
        ImportProblems problems = new ImportProblems();
        List<ReportDelivery> deliveries = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            String where = name + " line " + (i + 2);
            ScheduledReport report = reports.get(row.get(0).trim());
            if (report == null || report.getDueDate() == null) {
                problems.add(
                        where,
                        report == null
                                ? "no scheduled report has code \"" + row.get(0) + "\""
                                : report.getCode() + " has no due date");
                continue;
            }
            LocalDate delivered = date(row.size() > 1 ? row.get(1).trim() : "", where, problems);
            List<String> recipients = new ArrayList<>();
            for (String code : (row.size() > 2 ? row.get(2) : "").split(";")) {
                if (!code.isBlank()) {
                    Organization to = organizations.get(code.trim());
                    if (to == null) {
                        problems.add(where, "no organisation has code \"" + code.trim() + "\"");
                    } else {
                        recipients.add(to.getUuid());
                    }
                }
            }
            deliveries.add(new ReportDelivery(report.getUuid(), report.getDueDate(), delivered, recipients));
        }
        if (deliveries.isEmpty() && !problems.any()) {
            problems.add(name, "no deliveries below the header");
        }
        if (problems.any()) {
            throw new RowsRejected(name, problems.messages());
        }
        return deliveries;
    }

    private static LocalDate date(String text, String where, ImportProblems problems) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = TypedText.date(text);
        String wrongYear = date == null ? null : TypedText.buddhistEraYear(date);
        if (date == null || wrongYear != null) {
            problems.add(
                    where,
                    "\"" + text + "\" "
                            + (date == null ? "is not a date (" + TypedText.DATE_FORMS + ")" : ": " + wrongYear));
            return null;
        }
        return date;
    }

    private static <T extends Named> Map<String, T> byCode(ResourceSet plans, Class<T> type) {
        Map<String, T> found = new HashMap<>();
        plans.getResources()
                .forEach(r -> r.getAllContents().forEachRemaining((EObject o) -> {
                    if (type.isInstance(o) && ((Named) o).getCode() != null) {
                        found.putIfAbsent(((Named) o).getCode(), type.cast(o));
                    }
                }));
        return found;
    }
}
