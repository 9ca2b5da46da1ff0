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

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSamplePlansHaveNoErrors() {
        CliRun run =
                CliRun.of("validate", CliRun.sample("region17-2562.phaen"), CliRun.sample("phitsanulok-2562.phaen"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)(.*\\n)?0 errors, .*"), run.out());
    }

    @Test
    void errorsGiveExitCodeOneWithFileLineAndThaiMessage() throws Exception {
        Path file = planWithAStrandedProject();
        CliRun run = CliRun.of("validate", "--lang", "th", file.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(
                run.out()
                        .matches("(?s).*" + java.util.regex.Pattern.quote(file.toString())
                                + ":\\d+: error PH-ALN-001 โครงการ P-X .*"),
                run.out());
    }

    @Test
    void jsonAndSarifNameTheRuleAndTheElement() throws Exception {
        Path file = planWithAStrandedProject();
        CliRun json = CliRun.of("validate", "--format", "json", file.toString());
        assertEquals(1, json.exitCode());
        assertTrue(json.out().contains("\"rule\": \"PH-ALN-001\""), json.out());
        assertTrue(json.out().contains("\"label\": \"P-X \\\"โครงการไม่มีกลยุทธ์\\\"\""), json.out());
        CliRun sarif = CliRun.of("validate", "--format", "sarif", file.toString());
        assertEquals(1, sarif.exitCode());
        assertTrue(sarif.out().contains("\"version\": \"2.1.0\""));
        assertTrue(
                sarif.out().matches("(?s).*\"ruleId\": \"PH-ALN-001\", \"level\": \"error\".*\"startLine\": \\d+.*"),
                sarif.out());
    }

    @Test
    void badFormatOrLanguageIsBadInput() throws Exception {
        Path file = planWithAStrandedProject();
        assertEquals(
                2, CliRun.of("validate", "--format", "xml", file.toString()).exitCode());
        assertEquals(2, CliRun.of("validate", "--lang", "fr", file.toString()).exitCode());
        Path malformed = dir.resolve("malformed.phaen");
        Files.writeString(malformed, "<phaen:PlanModel xmlns:phaen=\"http://www.phaen.org/model/1.0\">");
        CliRun run = CliRun.of("validate", malformed.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("phaen: " + malformed), run.err());
    }

    private Path planWithAStrandedProject() throws Exception {
        Path file = dir.resolve("stranded.phaen");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <phaen:PlanModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:phaen="http://www.phaen.org/model/1.0" uuid="m1" title="ทดสอบ">
                  <plans xsi:type="phaen:ActionPlan" uuid="a1" code="AP" name="แผนปฏิบัติราชการ" level="ANNUAL_ACTION_PLAN" fiscalYear="2562">
                    <projects uuid="p1" code="P-X" name="โครงการไม่มีกลยุทธ์"/>
                  </plans>
                </phaen:PlanModel>
                """);
        return file;
    }
}
