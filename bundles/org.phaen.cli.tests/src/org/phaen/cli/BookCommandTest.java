/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** phaen book on the sample plans, as a script would run it, inside OSGi with every contributing bundle. */
class BookCommandTest {

    private static final String REGION = CliRun.sample("region17-2562.phaen"),
            PROVINCE = CliRun.sample("phitsanulok-2562.phaen");

    @TempDir
    Path dir;

    @Test
    void theStrategicAndTheActionPlanBookAreWritten() throws Exception {
        CliRun strategic = CliRun.of("book", REGION, PROVINCE, "--kind", "strategic", "--out", dir.toString());
        assertEquals(0, strategic.exitCode(), strategic.err());
        assertTrue(strategic.err().contains("[2/3] building the book of R17-SP"), strategic.err());
        CliRun action = CliRun.of(
                "book",
                REGION,
                PROVINCE,
                "--kind",
                "action-plan",
                "--fy",
                "2562",
                "--lang",
                "en",
                "--out",
                dir.toString());
        assertEquals(0, action.exitCode(), action.err());
        assertTrue(action.out().contains("wrote " + dir.resolve("PLK-AP2562.docx")), action.out());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("R17-SP.docx")))) {
            // the part's number comes from Word's heading numbering ("ส่วนที่ %1"), not from the heading's text
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(p -> p.getText().equals("ทิศทางการพัฒนา")
                            && String.valueOf(p.getNumLevelText()).startsWith("ส่วนที่ ")));
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("PLK-AP2562.docx")))) {
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(p -> p.getText().equals("Summary of the action plan")
                            && String.valueOf(p.getNumLevelText()).startsWith("Part ")));
        }
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        CliRun kind = CliRun.of("book", REGION, "--kind", "annual", "--out", dir.toString());
        assertEquals(PhaenCli.BAD_INPUT, kind.exitCode());
        assertTrue(kind.err().contains("--kind annual: use strategic or action-plan"), kind.err());
        CliRun year =
                CliRun.of("book", REGION, PROVINCE, "--kind", "action-plan", "--fy", "2599", "--out", dir.toString());
        assertEquals(PhaenCli.BAD_INPUT, year.exitCode());
        assertTrue(year.err().contains("no action-plan plan of fiscal year 2599"), year.err());
        CliRun format = CliRun.of("book", REGION, "--formats", "odt", "--out", dir.toString());
        assertEquals(PhaenCli.BAD_INPUT, format.exitCode());
        assertTrue(format.err().contains("unknown format 'odt'"), format.err());
    }
}
