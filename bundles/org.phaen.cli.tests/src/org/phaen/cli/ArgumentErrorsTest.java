/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;

/** Wrong arguments and hostile files: one plain line on stderr, exit 2 for what the user must fix, nothing written. */
class ArgumentErrorsTest {

    private static final String REGION = CliRun.sample("region17-2562.phaen"),
            PROVINCE = CliRun.sample("phitsanulok-2562.phaen");

    @TempDir
    Path dir;

    @Test
    void anUnusableOutFolderIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        CliRun run = CliRun.of("instruments", PROVINCE, "--fy", "2562", "--formats", "html", "--out", file.toString());
        assertBadInput(run, file + ": a file of that name is in the way");
        assertEquals("in the way", Files.readString(file));
    }

    @Test
    void aMissingSheetOrImportFileIsBadInputOnStderr() {
        Path missing = dir.resolve("missing.xlsx");
        assertBadInput(
                CliRun.of("align", REGION, PROVINCE, "--sheet", missing.toString(), "--dry-run"),
                missing + ": no such file");
        assertBadInput(
                CliRun.of(
                        "import",
                        "--plan",
                        REGION,
                        "--plan",
                        PROVINCE,
                        "--store",
                        dir.resolve("store").toString(),
                        missing.toString()),
                missing + ": no such file");
        assertFalse(Files.exists(dir.resolve("store")), "no store made for nothing to import");
    }

    @Test
    void aStoreThatIsAFileIsRefusedWithoutDerbysWords() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "not a store");
        assertBadInput(
                CliRun.of(
                        "report",
                        "--plan",
                        REGION,
                        "--plan",
                        PROVINCE,
                        "--fy",
                        "2562",
                        "--as-of",
                        "2019-07-31",
                        "--store",
                        file.toString(),
                        "--out",
                        dir.resolve("reports").toString()),
                file + " is a file, not a store");
    }

    @Test
    void aMalformedDateSaysHowToWriteOne() {
        CliRun run = CliRun.of(
                "report",
                "--plan",
                REGION,
                "--plan",
                PROVINCE,
                "--fy",
                "2562",
                "--as-of",
                "31/07/2562",
                "--out",
                dir.toString());
        assertBadInput(run, "'31/07/2562' is not a date: write it as YEAR-MONTH-DAY");
        assertFalse(run.err().contains("java."), run.err());
    }

    @Test
    void daysToComeAreRefusedWhereTheyMakeNoSenseAndWarnedOfElsewhere() {
        String store = dir.resolve("store").toString();
        assertBadInput(
                CliRun.of(
                        "publish",
                        "--plan",
                        REGION,
                        "--plan",
                        PROVINCE,
                        "--fy",
                        "2562",
                        "--as-of",
                        "2999-01-01",
                        "--store",
                        store,
                        "--out",
                        dir.resolve("site").toString()),
                "--as-of 2999-01-01 is after today");
        assertFalse(Files.exists(dir.resolve("site")));
        assertBadInput(
                CliRun.of(
                        "generate-collected",
                        "--plan",
                        REGION,
                        "--plan",
                        PROVINCE,
                        "--fy",
                        "2562",
                        "--until",
                        "2999-01-01",
                        "--out",
                        dir.resolve("collected").toString()),
                "--until 2999-01-01 is after today");
        CliRun report = CliRun.of(
                "report",
                "--plan",
                REGION,
                "--plan",
                PROVINCE,
                "--fy",
                "2562",
                "--as-of",
                "2999-01-01",
                "--kinds",
                "dashboard",
                "--formats",
                "html",
                "--store",
                store,
                "--out",
                dir.resolve("reports").toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.err().startsWith("phaen: warning: --as-of 2999-01-01 is after today"), report.err());
    }

    @Test
    void aPlanWithNothingToPublishIsRefusedAndNoMessageSaysNull() throws Exception {
        Path copy = copiedSamples();
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), copy);
        MonitoringPlan monitoring = plan.getMonitoringPlans().get(0);
        monitoring.setCode(null);
        monitoring.getActionPlans().clear();
        PlanFiles.save(plan);
        String region = dir.resolve("region17-2562.phaen").toString(),
                store = dir.resolve("store").toString();
        CliRun publish = CliRun.of(
                "publish",
                "--plan",
                region,
                "--plan",
                copy.toString(),
                "--fy",
                "2562",
                "--store",
                store,
                "--out",
                dir.resolve("site").toString());
        assertBadInput(publish, "nothing to publish");
        CliRun report = CliRun.of(
                "report",
                "--plan",
                region,
                "--plan",
                copy.toString(),
                "--fy",
                "2562",
                "--as-of",
                "2018-10-02",
                "--store",
                store,
                "--out",
                dir.resolve("reports").toString());
        assertBadInput(
                report, "no reporting period of the monitoring plan of fiscal year 2562 has ended by 2018-10-02");
        assertFalse(publish.err().contains("null") || report.err().contains("null"), publish.err() + report.err());
    }

    @Test
    void aLongThaiCodeStillGivesItsFiles() throws Exception {
        String code =
                "โครงการพัฒนาคุณภาพการศึกษาขั้นพื้นฐานเพื่อยกระดับผลสัมฤทธิ์ทางการเรียนของนักเรียนในพื้นที่ห่างไกลจังหวัดพิษณุโลกและจังหวัดใกล้เคียง"
                        .substring(0, 121);
        Path copy = copiedSamples();
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), copy);
        Project project = plan.getMonitoringPlans()
                .get(0)
                .getActionPlans()
                .get(0)
                .getProjects()
                .get(0);
        project.setCode(code);
        PlanFiles.save(plan);
        Path out = dir.resolve("instruments");
        CliRun run = CliRun.of(
                "instruments",
                copy.toString(),
                "--fy",
                "2562",
                "--scope",
                "project:" + code,
                "--formats",
                "all",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        long reported = run.out().lines().filter(l -> l.startsWith("[")).count();
        try (var files = Files.list(out)) {
            // Every file the command reported is there under its own name, each name beginning with the code.
            assertEquals(
                    reported,
                    files.filter(f -> f.getFileName().toString().contains(code.substring(0, 40)))
                            .count(),
                    run.out());
        }
        assertTrue(reported >= 6, run.out());
    }

    /** 200 MB of zeros in a few hundred KB: refused in one line, without the library's advice to programmers. */
    @Test
    void aZipBombIsOneClearLine() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        CliRun align = CliRun.of("align", REGION, PROVINCE, "--sheet", bomb.toString(), "--dry-run");
        assertBadInput(align, "bomb.xlsx unpacks to far more than its own size (a zip bomb");
        CliRun imported = CliRun.of(
                "import",
                "--plan",
                REGION,
                "--plan",
                PROVINCE,
                "--store",
                dir.resolve("store").toString(),
                bomb.toString());
        assertEquals(1, imported.exitCode());
        assertEquals(1, imported.out().strip().lines().count(), imported.out());
        assertTrue(imported.out().contains("unpacks to far more than its own size (a zip bomb"), imported.out());
        assertFalse((align.err() + imported.out()).toLowerCase().contains("bugzilla"));
    }

    /** The sample plans copied into the test's folder (links between them kept); the provincial plan's copy. */
    private Path copiedSamples() throws Exception {
        Files.copy(Path.of(REGION), dir.resolve("region17-2562.phaen"));
        return Files.copy(Path.of(PROVINCE), dir.resolve("phitsanulok-2562.phaen"));
    }

    private static void assertBadInput(CliRun run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out(), "messages go to stderr");
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }
}
