/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli.collected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.EvaluationInstrument;

/**
 * Submissions of a generated XForm as ODK Central's CSV export writes them: UTF-8 with a byte-order mark, CRLF,
 * the submission date first, one column per question named by its group path joined with "-", choice values (not
 * labels), then the instance id and Central's review columns.
 */
final class OdkCsvExport {

    /** One submission: when it arrived, its instance id, and its answers by item uuid. */
    record Submitted(Instant at, String instanceId, Map<String, String> answers) {}

    private OdkCsvExport() {}

    static void write(EvaluationInstrument instrument, List<Submitted> submissions, Path file) throws IOException {
        List<FormOutline.Question> questions = FormOutline.of(instrument).blocks().stream()
                .flatMap(b -> b.questions().stream())
                .toList();
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("SubmissionDate"));
        questions.forEach(q -> header.add(q.path().replaceFirst("^/[^/]+/", "").replace('/', '-')));
        header.addAll(List.of(
                "meta-instanceID",
                "KEY",
                "SubmitterID",
                "SubmitterName",
                "AttachmentsPresent",
                "AttachmentsExpected",
                "Status",
                "ReviewState",
                "DeviceID",
                "Edits",
                "FormVersion"));
        line(csv, header);
        for (Submitted s : submissions) {
            List<String> fields = new ArrayList<>(List.of(s.at().toString()));
            questions.forEach(q -> fields.add(s.answers().getOrDefault(q.item().getUuid(), "")));
            fields.addAll(List.of(
                    s.instanceId(),
                    s.instanceId(),
                    "7",
                    "enumerator",
                    "0",
                    "0",
                    "",
                    "approved",
                    "",
                    "0",
                    Integer.toString(instrument.getVersion())));
            line(csv, fields);
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
            csv.append(i == 0 ? "" : ",").append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        csv.append("\r\n");
    }
}
