/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.instruments.FormLayout;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Project;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;

/**
 * Submissions of a generated instrument turned into store rows by each item's generator key: a KPI sheet's
 * {@code indicator:UUID} answers become measurements of the chosen agency and period; a progress report's
 * {@code project:UUID:...} answers become measurements (of the project's responsible organisation),
 * disbursements and progress. Every submission is also kept whole as an instrument response. Blank is "not
 * reported", never zero.
 */
final class BatchMapper {

    private final EvaluationInstrument instrument;
    private final int version;
    private final MonitoringPlan plan;
    private final Answers answers;
    private final ImportProblems problems;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<ProjectProgress> progress = new ArrayList<>();
    private final List<Disbursement> disbursements = new ArrayList<>();
    private final List<InstrumentResponse> responses = new ArrayList<>();

    BatchMapper(EvaluationInstrument instrument, int version, ImportProblems problems) {
        this.instrument = instrument;
        this.version = version;
        this.plan = instrument.eContainer() instanceof MonitoringPlan m ? m : null;
        this.answers = new Answers(instrument);
        this.problems = problems;
    }

    void add(Submission s) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        s.answers().forEach((uuid, text) -> {
            String value = stored(s.at(uuid), uuid, text);
            if (value != null) {
                values.put(uuid, value);
                String key = answers.item(uuid).getGeneratorKey();
                if (key != null) {
                    byKey.put(key, value);
                }
            }
        });
        new SubmissionRows(s, byKey, plan, problems).collect(measurements, progress, disbursements);
        responses.add(new InstrumentResponse(
                instrument.getUuid(),
                s.formVersion() > 0 ? s.formVersion() : version,
                instrument.isSetKind() ? instrument.getKind().getLiteral() : null,
                s.submissionId(),
                values));
    }

    ImportBatch batch(String sourceName, String sha256) {
        return new ImportBatch(sourceName, sha256, measurements, progress, disbursements, responses);
    }

    /** The value to store for an answer, or null when it has a problem (then added). */
    private String stored(String where, String uuid, String text) {
        InstrumentItem item = answers.item(uuid);
        String value = item == null ? null : answers.value(uuid, text);
        if (item == null) {
            problems.add(where, "a column names item " + uuid + ", which this instrument does not have");
        } else if (value == null) {
            problems.add(where, "\"" + text + "\" is not one of the choices of \"" + item.getName() + "\"");
        } else if (numeric(item) && TypedText.number(value) == null) {
            problems.add(
                    where,
                    "\"" + text + "\" in \"" + item.getName() + "\" is not a well-formed number"
                            + " (commas only between thousands, one decimal point: 1,234.5)");
            return null;
        } else if (FormLayout.kind(item) == ItemKind.DATE) {
            return date(where, item, text);
        }
        return value;
    }

    /** A date answer as ISO text, or null when it is none (a problem then added). */
    private String date(String where, InstrumentItem item, String text) {
        LocalDate date = TypedText.date(text);
        String wrongYear = date == null ? null : TypedText.buddhistEraYear(date);
        if (date == null || wrongYear != null) {
            problems.add(
                    where,
                    "\"" + text + "\" in \"" + item.getName() + "\" "
                            + (date == null ? "is not a date (" + TypedText.DATE_FORMS + ")" : ": " + wrongYear));
            return null;
        }
        return date.toString();
    }

    /** The uuids of the instrument's date items. */
    Set<String> dateItems() {
        Set<String> dates = new HashSet<>();
        instrument.getItems().stream()
                .filter(i -> FormLayout.kind(i) == ItemKind.DATE)
                .forEach(i -> dates.add(i.getUuid()));
        return dates;
    }

    private static boolean numeric(InstrumentItem item) {
        ItemKind kind = FormLayout.kind(item);
        return kind == ItemKind.DECIMAL || kind == ItemKind.NUMBER;
    }

    static Project project(MonitoringPlan plan, String uuid) {
        return plan == null || plan.eResource() == null || plan.eResource().getResourceSet() == null
                ? null
                : plan.eResource().getResourceSet().getResources().stream()
                        .map(r -> r.getEObject(uuid))
                        .filter(Project.class::isInstance)
                        .map(Project.class::cast)
                        .findFirst()
                        .orElse(null);
    }
}
