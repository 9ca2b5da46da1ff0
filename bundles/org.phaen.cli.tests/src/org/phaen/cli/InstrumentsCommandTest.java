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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentsCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSampleActionPlanGivesEveryKindWithProgressLines() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(
                "instruments",
                CliRun.sample("phitsanulok-2562.phaen"),
                "--fy",
                "2562",
                "--formats",
                "html",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("[6/6] "), run.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(6, files.filter(f -> f.toString().endsWith(".html")).count());
        }
        String progress = Files.readString(out.resolve("PRG-2562-PLK-AP2562.html"));
        assertTrue(progress.contains("แบบรายงานความก้าวหน้าการดำเนินงานโครงการ"), progress.substring(0, 500));
    }

    @Test
    void everyFormatGetsItsOwnFile() throws Exception {
        Path out = dir.resolve("all");
        CliRun run = CliRun.of(
                "instruments",
                CliRun.sample("phitsanulok-2562.phaen"),
                "--fy",
                "2562",
                "--scope",
                "project:PLK62-01",
                "--kinds",
                "KPI_COLLECTION",
                "--formats",
                "all",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        for (String name : new String[] {
            "KPI-2562-PLK62-01.html",
            "KPI-2562-PLK62-01.xml",
            "KPI-2562-PLK62-01.docx",
            "KPI-2562-PLK62-01.xlsx",
            "KPI-2562-PLK62-01.xlsform.xlsx",
            "KPI-2562-PLK62-01.pdf"
        }) {
            assertTrue(Files.size(out.resolve(name)) > 1000, name);
        }
    }

    @Test
    void oneProjectAndSomeKinds() throws Exception {
        Path out = dir.resolve("one");
        CliRun run = CliRun.of(
                "instruments",
                CliRun.sample("phitsanulok-2562.phaen"),
                "--fy",
                "2562",
                "--scope",
                "project:PLK62-01",
                "--kinds",
                "SATISFACTION_SURVEY,SITE_VISIT",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(Files.exists(out.resolve("SAT-2562-PLK62-01.html")));
        assertTrue(Files.exists(out.resolve("VIS-2562-PLK62-01.html")));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() {
        String sample = CliRun.sample("phitsanulok-2562.phaen");
        String out = dir.resolve("x").toString();
        assertEquals(
                2,
                CliRun.of("instruments", sample, "--fy", "2562", "--formats", "odt", "--out", out)
                        .exitCode());
        assertEquals(
                2,
                CliRun.of("instruments", sample, "--fy", "2570", "--out", out).exitCode());
        CliRun unknown = CliRun.of("instruments", sample, "--fy", "2562", "--scope", "project:NOPE", "--out", out);
        assertEquals(2, unknown.exitCode());
        assertEquals(
                "phaen: no Project with code 'NOPE' in the file", unknown.err().strip());
    }

    @Test
    void theInputFileIsLeftAloneUnlessAsked() throws Exception {
        Path copy = dir.resolve("plan.phaen");
        Files.copy(Path.of(CliRun.sample("phitsanulok-2562.phaen")), copy);
        Files.copy(Path.of(CliRun.sample("region17-2562.phaen")), dir.resolve("region17-2562.phaen"));
        byte[] before = Files.readAllBytes(copy);
        assertEquals(
                0,
                CliRun.of(
                                "instruments",
                                copy.toString(),
                                "--fy",
                                "2562",
                                "--out",
                                dir.resolve("o1").toString())
                        .exitCode());
        assertArrayEquals(before, Files.readAllBytes(copy));
        assertEquals(
                0,
                CliRun.of(
                                "instruments",
                                copy.toString(),
                                "--fy",
                                "2562",
                                "--update-model",
                                "--out",
                                dir.resolve("o2").toString())
                        .exitCode());
        assertTrue(Files.readString(copy).contains("PRG-2562-PLK-AP2562"));
    }
}
