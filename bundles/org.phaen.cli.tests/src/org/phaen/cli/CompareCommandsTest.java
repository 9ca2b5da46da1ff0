/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff and merge as a user or git runs them, on copies of the provincial sample edited as text. */
class CompareCommandsTest {

    private static final String PROJECT = "code=\"PLK62-03\" name=\"", TARGET = "fiscalYear=\"2562\" value=\"55\"";

    @TempDir
    Path dir;

    private Path copy(String name, String from, String to) throws Exception {
        String text = Files.readString(Path.of(CliRun.sample("phitsanulok-2562.phaen")), StandardCharsets.UTF_8);
        assertTrue(from == null || text.contains(from), from);
        Path file = Files.createDirectories(dir.resolve(name)).resolve("phitsanulok-2562.phaen");
        Files.writeString(
                file,
                from == null ? text : text.replaceFirst(java.util.regex.Pattern.quote(from), to),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void diffNamesTheChangedElementsAndTheDifferenceOfNumbers() throws Exception {
        Path same = copy("same", null, null);
        CliRun none = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), same.toString());
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("ไม่มีความแตกต่าง"), none.out());

        Path edited = copy("edited", PROJECT, PROJECT + "แก้ไข ");
        Files.writeString(edited, Files.readString(edited).replace(TARGET, "fiscalYear=\"2562\" value=\"60\""));
        CliRun text = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), edited.toString(), "--lang", "en");
        assertEquals(1, text.exitCode(), text.err());
        assertTrue(text.out().contains("changed Project PLK62-03 \"แก้ไข โครงการสถานศึกษาสีขาว"), text.out());
        assertTrue(
                text.out()
                        .contains(
                                "Name: \"โครงการสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข\" → \"แก้ไข โครงการสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข\""),
                text.out());
        assertTrue(text.out().contains("target for FY 2562 of Indicator PLK-KPI1.1.1"), text.out());
        assertTrue(text.out().contains("Value: 55 → 60 (+5)"), text.out());
        assertTrue(text.out().contains("2 differences: 0 added, 0 removed, 0 moved, 2 changed"), text.out());

        CliRun thai = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), edited.toString());
        assertTrue(
                thai.out().contains("แก้ไข โครงการ PLK62-03")
                        && thai.out().contains("ค่าเป้าหมายปี 2562 ของ ตัวชี้วัด PLK-KPI1.1.1"),
                thai.out());
        // Attributes by the workbench's labels (the item providers' feature labels), not by their names in the model.
        assertTrue(thai.out().contains("    ชื่อ: \"โครงการสถานศึกษาสีขาว"), thai.out());
        assertTrue(thai.out().contains("    ค่าเป้าหมาย (ตัวเลข): 55 → 60 (+5)"), thai.out());
        assertFalse(thai.out().contains("name:") || thai.out().contains("value:"), thai.out());

        CliRun json = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), edited.toString(), "--format", "json");
        assertEquals(1, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"code\": \"PLK62-03\"") && json.out().contains("\"changed\": 2"), json.out());
        CliRun html = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), edited.toString(), "--format", "html");
        assertTrue(html.out().contains("<tr class=\"changed\"") && html.out().contains("(+5)"), html.out());
    }

    @Test
    void diffRefusesBadInputInOneLine() throws Exception {
        Path notPlan = Files.writeString(dir.resolve("notes.phaen"), "meeting notes");
        CliRun bad = CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), notPlan.toString());
        assertEquals(2, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertEquals(2, CliRun.of("diff", "a.phaen", "b.phaen", "c.phaen").exitCode());
        assertEquals(
                2,
                CliRun.of("diff", CliRun.sample("phitsanulok-2562.phaen"), notPlan.toString(), "--format", "pdf")
                        .exitCode());
    }

    @Test
    void mergeTakesOneSidedChangesAndWritesNothingOnConflictUnlessASideIsPreferred() throws Exception {
        Path base = Path.of(CliRun.sample("phitsanulok-2562.phaen"));
        Path mine = copy("mine", PROJECT, PROJECT + "ของเรา ");
        Path theirs = copy("theirs", TARGET, "fiscalYear=\"2562\" value=\"60\"");
        Path out = dir.resolve("merged.phaen");
        CliRun clean = CliRun.of(
                "merge", base.toString(), mine.toString(), theirs.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        CliRun both = CliRun.of("diff", base.toString(), out.toString(), "--lang", "en");
        assertTrue(both.out().contains("ของเรา") && both.out().contains("Value: 55 → 60 (+5)"), both.out());

        Path other = copy("other", PROJECT, PROJECT + "ของเขา ");
        Path conflicted = dir.resolve("conflicted.phaen");
        CliRun refused = CliRun.of(
                "merge",
                base.toString(),
                mine.toString(),
                other.toString(),
                "--out",
                conflicted.toString(),
                "--lang",
                "en");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(
                refused.out().contains("conflict: the same attribute changed to different values: Project PLK62-03"),
                refused.out());
        assertTrue(refused.out().contains("1 conflicts; nothing written"), refused.out());
        assertFalse(Files.exists(conflicted));

        CliRun chosen = CliRun.of(
                "merge",
                base.toString(),
                mine.toString(),
                other.toString(),
                "--out",
                conflicted.toString(),
                "--prefer",
                "theirs",
                "--lang",
                "en");
        assertEquals(0, chosen.exitCode(), chosen.out() + chosen.err());
        assertTrue(chosen.out().contains("chose theirs: the same attribute changed"), chosen.out());
        assertTrue(Files.readString(conflicted).contains(PROJECT + "ของเขา "));
        // Links to the regional plan are written as they were, so the merged plan validates beside it.
        Path region = Files.copy(Path.of(CliRun.sample("region17-2562.phaen")), dir.resolve("region17-2562.phaen"));
        CliRun validate = CliRun.of("validate", region.toString(), conflicted.toString());
        assertEquals(0, validate.exitCode(), validate.out());
    }
}
