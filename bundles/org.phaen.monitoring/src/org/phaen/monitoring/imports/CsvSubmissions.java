/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.EvaluationInstrument;

/**
 * Columns of an ODK Central or KoboToolbox CSV export matched to the questions of a generated XForm: by the
 * question's path below the form root, with ODK's "-" or Kobo's "/" between groups, or by its bare name.
 * Metadata columns are known and skipped; any other column that matches no question is a problem.
 */
final class CsvSubmissions {

    private static final Set<String> METADATA = Set.of(
            "submissiondate",
            "key",
            "submitterid",
            "submittername",
            "attachmentspresent",
            "attachmentsexpected",
            "status",
            "reviewstate",
            "deviceid",
            "edits",
            "formversion",
            "start",
            "end",
            "today",
            "_id",
            "_uuid",
            "_submission_time",
            "_validation_status",
            "_notes",
            "_status",
            "_submitted_by",
            "__version__",
            "_tags",
            "_index",
            "meta-instanceid",
            "meta/instanceid",
            "instanceid",
            "meta-instancename",
            "meta/instancename",
            "meta-deprecatedid",
            "meta/deprecatedid",
            "formid",
            "form_id");
    private static final List<String> ID_COLUMNS =
            List.of("meta-instanceid", "meta/instanceid", "instanceid", "_uuid", "key");

    private CsvSubmissions() {}

    /** Item uuid per column, or empty when some column matches nothing in this instrument. */
    static Optional<Map<Integer, String>> columns(
            CsvTable table, EvaluationInstrument instrument, List<String> unmatched) {
        Map<String, String> byName = new HashMap<>();
        for (FormOutline.Block block : FormOutline.of(instrument).blocks()) {
            for (FormOutline.Question q : block.questions()) {
                String relative = q.path().replaceFirst("^/[^/]+/", "");
                byName.put(relative.replace('/', '-').toLowerCase(), q.item().getUuid());
                byName.put(relative.toLowerCase(), q.item().getUuid());
                byName.putIfAbsent(q.name().toLowerCase(), q.item().getUuid());
            }
        }
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int c = 0; c < table.header().size(); c++) {
            String header = table.header().get(c).strip().toLowerCase();
            String uuid = byName.get(header);
            if (uuid != null) {
                columns.put(c, uuid);
            } else if (!METADATA.contains(header) && !header.isEmpty()) {
                unmatched.add(table.header().get(c));
            }
        }
        return unmatched.isEmpty() && !columns.isEmpty() ? Optional.of(columns) : Optional.empty();
    }

    /** The submissions of the table's rows; a row whose FormVersion the instrument never had is a problem. */
    static List<Submission> read(
            CsvTable table,
            Map<Integer, String> columns,
            String name,
            EvaluationInstrument instrument,
            ImportProblems problems) {
        Map<String, Integer> firstColumn = new HashMap<>();
        columns.forEach((c, uuid) -> {
            Integer first = firstColumn.putIfAbsent(uuid, c);
            if (first != null) {
                problems.add(
                        name,
                        "columns " + table.header().get(first) + " and "
                                + table.header().get(c) + " both answer the same question (item " + uuid
                                + "); keep one");
            }
        });
        int versionColumn = table.header().stream()
                .map(h -> h.strip().toLowerCase())
                .toList()
                .indexOf("formversion");
        int idColumn = -1;
        for (String id : ID_COLUMNS) {
            int c = table.header().stream()
                    .map(h -> h.strip().toLowerCase())
                    .toList()
                    .indexOf(id);
            if (c >= 0) {
                idColumn = c;
                break;
            }
        }
        List<Submission> submissions = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String where = "line " + (r + 2);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // a trailing empty line
            }
            if (row.size() != table.header().size()) {
                problems.add(
                        where,
                        row.size() + " fields where the header has "
                                + table.header().size());
                continue;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            Map<String, String> places = new HashMap<>();
            columns.forEach((c, uuid) -> {
                String value = row.get(c).strip();
                if (!value.isEmpty()) {
                    answers.put(uuid, value);
                    places.put(uuid, "column " + table.header().get(c).strip());
                }
            });
            String id = idColumn >= 0 && !row.get(idColumn).isBlank() ? row.get(idColumn) : name + "#" + (r + 2);
            int version = versionColumn < 0 ? 0 : version(row.get(versionColumn), instrument, where, problems);
            submissions.add(new Submission(where, id, answers, places, version));
        }
        return submissions;
    }

    /** The row's FormVersion as a version of the instrument (0 when blank); a version the plan never had is a problem. */
    private static int version(String text, EvaluationInstrument instrument, String where, ImportProblems problems) {
        String value = text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        BigDecimal version = TypedText.number(value);
        if (version == null
                || version.stripTrailingZeros().scale() > 0
                || version.signum() <= 0
                || version.compareTo(BigDecimal.valueOf(instrument.getVersion())) > 0) {
            problems.add(
                    where,
                    "column FormVersion says " + value + ", a version instrument " + instrument.getCode()
                            + " never had (versions 1 to " + instrument.getVersion() + ")");
            return 0;
        }
        return version.intValue();
    }
}
