/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.reports.Samples;
import org.phaen.reports.data.InMemoryFacts;

/** A site is moved into place only when the scan of what was written finds nobody; otherwise nothing is published. */
class StagedSiteTest {

    @Test
    void aCleanSiteIsMovedIntoPlaceAndOtherFilesThereStay(@TempDir Path dir) throws Exception {
        ActionPlan plan = SyntheticPlan.create();
        PersonalDataMatcher personal = PersonalDataMatcher.loadedWith(plan, LocalDate.now());
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "the office's own file");
        try (StagedSite site = StagedSite.towards(out)) {
            List<Path> written =
                    TransparencyPack.write(plan, null, InMemoryFacts.none(), Samples.TODAY, site.folder(""), personal);
            assertFalse(Files.exists(out.resolve("index.html")), "nothing is in place before the scan");
            assertEquals(List.of(), site.leaks(personal));
            site.publish();
            assertTrue(written.stream().allMatch(f -> Files.isRegularFile(site.published(f))));
        }
        assertTrue(Files.readString(out.resolve("projects.html")).contains(PersonalDataMatcher.REDACTED));
        assertTrue(Files.exists(out.resolve("keep.txt")));
        assertEquals(List.of("site"), names(dir), "the staging folder is gone");
    }

    @Test
    void aLeakLeftInAnyFileIsReportedAndNothingIsPublished(@TempDir Path dir) throws Exception {
        ActionPlan plan = SyntheticPlan.create();
        PersonalDataMatcher personal = PersonalDataMatcher.loadedWith(plan, LocalDate.now());
        Path out = dir.resolve("site");
        try (StagedSite site = StagedSite.towards(out)) {
            TransparencyPack.write(plan, null, InMemoryFacts.none(), Samples.TODAY, site.folder(""), personal);
            // What no redaction of single texts can stop: a name and a phone put together from two pieces.
            Files.writeString(
                    site.folder("").resolve("charts").resolve("extra.svg"),
                    "<svg><text>นายสมศักดิ์</text><text>ทดสอบสกุล</text></svg>");
            Files.writeString(
                    site.folder("").resolve("style.css"),
                    "/* โทร +66 89 123 4567 */",
                    java.nio.file.StandardOpenOption.APPEND);
            List<String> leaks = site.leaks(personal);
            assertEquals(2, leaks.size(), leaks.toString());
            assertTrue(
                    leaks.get(0)
                            .startsWith(out.toAbsolutePath().resolve("charts/extra.svg")
                                    + ": name of syn-p1 written as 'นายสมศักดิ์"),
                    leaks.get(0));
            assertEquals(
                    out.toAbsolutePath().resolve("style.css") + ": phone number of syn-p1 written as '+66 89 123 4567'",
                    leaks.get(1));
        }
        assertFalse(Files.exists(out), "nothing was published");
        assertEquals(List.of(), names(dir), "and nothing was left behind");
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
