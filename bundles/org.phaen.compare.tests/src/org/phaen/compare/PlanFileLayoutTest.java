/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.query.Elements;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** Plan files are written so that git diffs and merges them well: the same plan always gives the same bytes, one element per line. */
class PlanFileLayoutTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {SamplePlans.PROVINCE, SamplePlans.REGION})
    void savingASampleUnchangedGivesTheSameBytes(String sample) throws Exception {
        Path copy = Files.copy(SamplePlans.file(sample), dir.resolve(sample));
        PlanFiles.save(PlanFiles.load(PlanFiles.newResourceSet(), copy));
        assertArrayEquals(
                Files.readAllBytes(SamplePlans.file(sample)),
                Files.readAllBytes(copy),
                "the committed sample is in the layout the save writes (re-save it when the layout changes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {SamplePlans.PROVINCE, SamplePlans.REGION})
    void everyElementStartsALineOfItsOwn(String sample) throws Exception {
        List<String> lines = Files.readAllLines(SamplePlans.file(sample), StandardCharsets.UTF_8);
        for (String line : lines) {
            assertTrue(line.strip().startsWith("<"), "a line that continues another: " + line);
            assertTrue(line.split(" uuid=\"", -1).length <= 2, "two elements on one line: " + line);
        }
    }

    @Test
    void aOneFieldEditIsAOneLineGitDiff() throws Exception {
        Path before = Files.copy(SamplePlans.file(SamplePlans.PROVINCE), dir.resolve("before.phaen"));
        Path after = Files.copy(before, dir.resolve("after.phaen"));
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), after);
        Project project = Elements.byCode(plan, "PLK62-03", Project.class).orElseThrow();
        project.setName(project.getName() + " (ฉบับปรับปรุง)");
        PlanFiles.save(plan);

        Process git = new ProcessBuilder("git", "diff", "--no-index", "--numstat", before.toString(), after.toString())
                .redirectErrorStream(true)
                .start();
        String numstat = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(1, git.waitFor(), numstat); // git diff --no-index exits 1 when the files differ
        assertTrue(numstat.startsWith("1\t1\t"), "one line removed, one added: " + numstat);
    }
}
