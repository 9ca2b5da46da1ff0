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

/** export, from-json and align as a script would use them, on copies of the sample plans. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aPlanGoesToJsonAndBackAndItsSheetReadsBackUnchanged() throws Exception {
        Path region = Files.copy(Path.of(CliRun.sample("region17-2562.phaen")), dir.resolve("region17-2562.phaen"));
        Path province =
                Files.copy(Path.of(CliRun.sample("phitsanulok-2562.phaen")), dir.resolve("phitsanulok-2562.phaen"));
        Path json = dir.resolve("phitsanulok.json");
        CliRun export = CliRun.of("export", region.toString(), province.toString(), "--json", json.toString());
        assertEquals(0, export.exitCode(), export.err());

        Path back = dir.resolve("back.phaen");
        CliRun fromJson = CliRun.of("from-json", json.toString(), "--out", back.toString());
        assertEquals(0, fromJson.exitCode(), fromJson.err());
        CliRun info = CliRun.of("info", region.toString(), back.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(
                info.out().matches("(?s).*back.*Strategy\\s+(\\d+) / \\1\\s+100\\.0%.*"),
                "alignments survive: " + info.out());
        CliRun again = CliRun.of("from-json", json.toString(), "--out", back.toString());
        assertEquals(PhaenCli.BAD_INPUT, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());

        Path sheet = dir.resolve("alignment.xlsx");
        CliRun write =
                CliRun.of("export", region.toString(), province.toString(), "--alignment-sheet", sheet.toString());
        assertEquals(0, write.exitCode(), write.err());
        byte[] before = Files.readAllBytes(province);
        CliRun align = CliRun.of("align", region.toString(), province.toString(), "--sheet", sheet.toString());
        assertEquals(0, align.exitCode(), align.err());
        assertTrue(align.out().contains("0 alignments added, 0 removed, 0 with a new rationale"), align.out());
        assertArrayEquals(before, Files.readAllBytes(province), "nothing changed, nothing saved");
    }

    @Test
    void aSheetThatIsNotOneIsRejectedAndThePlanIsLeftAlone() throws Exception {
        Path province = Files.copy(Path.of(CliRun.sample("phitsanulok-2562.phaen")), dir.resolve("p.phaen"));
        Path notSheet = Files.writeString(dir.resolve("x.xlsx"), "text");
        CliRun align = CliRun.of("align", province.toString(), "--sheet", notSheet.toString());
        assertEquals(1, align.exitCode());
        assertTrue(align.out().contains("rejected") && align.out().contains("not an XLSX"), align.out());
    }

    @Test
    void aProvincialPlanStartsAlignedToTheRegionalPlan() throws Exception {
        Path region = Files.copy(Path.of(CliRun.sample("region17-2562.phaen")), dir.resolve("region17-2562.phaen"));
        Path draft = dir.resolve("sukhothai.phaen");
        CliRun run = CliRun.of(
                "new-plan",
                "--aligned-to",
                region.toString(),
                "--name",
                "แผนพัฒนาการศึกษาจังหวัดสุโขทัย",
                "--code",
                "STI",
                "--out",
                draft.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("aligned to R17-SP"), run.out());
        CliRun info = CliRun.of("info", region.toString(), draft.toString());
        assertTrue(
                info.out().matches("(?s).*sukhothai.*Strategy\\s+(\\d+) / \\1\\s+100\\.0%.*"),
                "every strategy aligned: " + info.out());
        CliRun validate = CliRun.of("validate", region.toString(), draft.toString());
        assertFalse(validate.out().contains("PH-ALN"), "no alignment findings: " + validate.out());
        CliRun again = CliRun.of(
                "new-plan", "--aligned-to", region.toString(), "--name", "x", "--code", "X", "--out", draft.toString());
        assertEquals(PhaenCli.BAD_INPUT, again.exitCode());
    }
}
