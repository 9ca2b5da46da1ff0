/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.InstrumentResponse;

/** ODK Central's CSV export of the generated survey XForm (group-name-question columns), read into responses. */
class CsvImportTest {

    @TempDir
    Path dir;

    private ResourceSet plans;
    private EvaluationInstrument survey;
    private List<FormOutline.Question> questions;

    @BeforeEach
    void generateSurvey() throws Exception {
        SamplePlan sample = SamplePlan.load();
        plans = sample.plans();
        survey = sample.generate(InstrumentScope.actionPlan(sample.actionPlan()), InstrumentKind.SATISFACTION_SURVEY);
        questions = FormOutline.of(survey).blocks().stream()
                .flatMap(b -> b.questions().stream())
                .toList();
    }

    /** A row answering every rating with {@code rating} and the text question with {@code text}. */
    private String csv(String... rows) {
        List<String> header = new ArrayList<>(List.of("SubmissionDate"));
        questions.forEach(q -> header.add(q.path().replaceFirst("^/[^/]+/", "").replace('/', '-')));
        header.add("meta-instanceID");
        return "\uFEFF" + String.join(",", header) + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private String row(String id, String rating, String text) {
        List<String> fields = new ArrayList<>(List.of("2019-03-01T10:00:00.000Z"));
        questions.forEach(q -> fields.add(q.choices().isEmpty() ? text : rating));
        fields.add(id);
        return String.join(",", fields);
    }

    @Test
    void anOdkExportBecomesOneResponsePerSubmission() throws Exception {
        String thai = "\"ดีมาก, อยากให้จัดอีก\nปีหน้า \"\"ขอบคุณ\"\"\"";
        Path file = Files.writeString(
                dir.resolve("survey.csv"),
                csv(row("uuid:a1", "5", thai), row("uuid:a2", "4", ""), row("uuid:a3", "มากที่สุด", "")),
                StandardCharsets.UTF_8);
        ImportBatch batch = CollectedFiles.csv(file, plans, CollectedFiles.DEFAULT_MAX_BYTES, null);
        assertEquals(3, batch.responses().size());
        InstrumentResponse first = batch.responses().get(0);
        assertEquals(survey.getUuid(), first.instrument());
        assertEquals("uuid:a1", first.submissionId());
        String textItem = questions.stream()
                .filter(q -> q.choices().isEmpty())
                .findFirst()
                .orElseThrow()
                .item()
                .getUuid();
        assertEquals(
                "ดีมาก, อยากให้จัดอีก\nปีหน้า \"ขอบคุณ\"",
                first.answers().get(textItem),
                "quoted Thai with comma, newline, quotes");
        String ratingItem = questions.stream()
                .filter(q -> !q.choices().isEmpty())
                .findFirst()
                .orElseThrow()
                .item()
                .getUuid();
        assertEquals("5", batch.responses().get(2).answers().get(ratingItem), "a label is read as its value");
        assertTrue(batch.measurements().isEmpty(), "a survey has no indicator actuals");
    }

    @Test
    void wrongColumnsBadValuesAndBrokenFilesAreRefused() throws Exception {
        Path foreign = Files.writeString(dir.resolve("other.csv"), "name,phone\nสมชาย,0812345678\n");
        assertTrue(assertThrows(
                        ImportException.class,
                        () -> CollectedFiles.csv(foreign, plans, CollectedFiles.DEFAULT_MAX_BYTES, null))
                .getMessage()
                .contains("match no generated instrument"));
        Path bad = Files.writeString(dir.resolve("bad.csv"), csv(row("uuid:b1", "5", ""), row("uuid:b2", "9", "")));
        RowsRejected rejected = assertThrows(
                RowsRejected.class, () -> CollectedFiles.csv(bad, plans, CollectedFiles.DEFAULT_MAX_BYTES, null));
        assertTrue(
                rejected.problems().get(0).startsWith("line 3 column section_1-Q1: \"9\" is not one of the choices"),
                rejected.problems().toString());
        Path cut = Files.writeString(dir.resolve("cut.csv"), csv(row("uuid:c1", "5", "\"ไม่จบ")));
        assertTrue(assertThrows(
                        ImportException.class,
                        () -> CollectedFiles.csv(cut, plans, CollectedFiles.DEFAULT_MAX_BYTES, null))
                .getMessage()
                .contains("ends inside a quoted field"));
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, ',', '1', '\n'});
        assertTrue(assertThrows(
                        ImportException.class,
                        () -> CollectedFiles.csv(latin1, plans, CollectedFiles.DEFAULT_MAX_BYTES, null))
                .getMessage()
                .contains("not UTF-8"));
    }

    @Test
    void twoColumnsAnsweringOneQuestionAreRefusedNamingBoth() throws Exception {
        FormOutline.Question first = questions.get(0);
        String grouped = first.path().replaceFirst("^/[^/]+/", "").replace('/', '-');
        String text = csv(row("uuid:d1", "5", ""))
                .replace("meta-instanceID\r\n", "meta-instanceID," + first.name() + "\r\n")
                .replace("uuid:d1\r\n", "uuid:d1,4\r\n");
        Path twice = Files.writeString(dir.resolve("twice.csv"), text, StandardCharsets.UTF_8);
        RowsRejected rejected = assertThrows(
                RowsRejected.class, () -> CollectedFiles.csv(twice, plans, CollectedFiles.DEFAULT_MAX_BYTES, null));
        assertEquals(
                List.of("twice.csv: columns " + grouped + " and " + first.name()
                        + " both answer the same question (item " + first.item().getUuid() + "); keep one"),
                rejected.problems());
    }

    @Test
    void formVersionIsKeptPerRowAndAVersionThePlanNeverHadIsRefused() throws Exception {
        survey.setVersion(2);
        String versioned = csv(row("uuid:v1", "5", ""), row("uuid:v2", "4", ""))
                .replace("SubmissionDate,", "SubmissionDate,FormVersion,");
        String[] lines = versioned.split("\r\n");
        lines[1] = lines[1].replaceFirst(",", ",1,");
        lines[2] = lines[2].replaceFirst(",", ",2,");
        Path file = Files.writeString(
                dir.resolve("versions.csv"), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        ImportBatch batch = CollectedFiles.csv(file, plans, CollectedFiles.DEFAULT_MAX_BYTES, null);
        assertEquals(
                List.of(1, 2),
                batch.responses().stream().map(InstrumentResponse::version).toList());

        lines[2] = lines[2].replaceFirst(",2,", ",99,");
        Path forged = Files.writeString(
                dir.resolve("forged.csv"), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        RowsRejected rejected = assertThrows(
                RowsRejected.class, () -> CollectedFiles.csv(forged, plans, CollectedFiles.DEFAULT_MAX_BYTES, null));
        assertEquals(
                List.of("line 3: column FormVersion says 99, a version instrument " + survey.getCode()
                        + " never had (versions 1 to 2)"),
                rejected.problems());
    }
}
