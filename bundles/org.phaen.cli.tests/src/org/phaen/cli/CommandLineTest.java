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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "info",
                "validate",
                "instruments",
                "import",
                "report",
                "publish",
                "server",
                "demo",
                "generate-collected",
                "bench",
                "export",
                "from-json",
                "align",
                "new-plan",
                "diagram",
                "book"
            })
    void everyCommandExplainsItselfWithHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: phaen " + command), run.out());
    }

    @Test
    void infoSummarisesTheSamplePlansAndTheirAlignment() {
        CliRun run = CliRun.of("info", CliRun.sample("region17-2562.phaen"), CliRun.sample("phitsanulok-2562.phaen"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[example data]"), run.out());
        assertTrue(run.out().contains("REGIONAL_STRATEGIC_PLAN"), run.out());
        assertTrue(run.out().contains("ANNUAL_ACTION_PLAN"), run.out());
        assertTrue(run.out().contains("fiscal years (B.E.): 25"), run.out());
        // Every provincial strategy aligns to the regional plan across files.
        assertTrue(run.out().matches("(?s).*phitsanulok.*Strategy\\s+(\\d+) / \\1\\s+100\\.0%.*"), run.out());
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of("info", dir.resolve("missing.phaen").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("missing.phaen: no such file"), run.err());
    }

    @Test
    void badArgumentsAreOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of(
                "generate-sample",
                "--provinces",
                "many",
                "--out",
                dir.resolve("x.phaen").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        CliRun unknown = CliRun.of("frobnicate");
        assertEquals(2, unknown.exitCode());
    }

    @Test
    void generateSampleWritesAPlanThatInfoReads() throws Exception {
        Path file = dir.resolve("national.phaen");
        CliRun run = CliRun.of(
                "generate-sample", "--provinces", "3", "--projects-per-province", "4", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(file) > 10_000);
        CliRun info = CliRun.of("info", file.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().matches("(?s).*Project\\s+12\\n.*"), info.out());
        assertTrue(info.out().matches("(?s).*Strategy\\s+26 / 26\\s+100\\.0%.*"), info.out());
    }
}
