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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Person;
import org.phaen.model.privacy.Consents;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.store.MonitoringStore;

/** The README's main command on the shipped samples: every step runs, the store holds the samples, nothing personal goes public. */
class DemoCommandTest {

    /** The demo publishes as of 31 July 2019 (the nine-month round of FY 2562). */
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2019, 7, 31);

    @TempDir
    Path dir;

    @Test
    void theWholePipelineRunsOnTheSamples() throws Exception {
        Path models = Path.of(CliRun.sample("x")).getParent();
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("demo", "--models", models.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("0 errors"), run.out());
        assertTrue(
                run.out().contains("recorded ")
                        && !run.out().contains("rejected")
                        && !run.out().contains("refused"),
                run.out());
        assertTrue(Files.size(out.resolve("instruments/KPI-2562-PLK-AP2562.pdf")) > 10_000);

        long deliveries = Files.readAllLines(models.resolve("collected/phitsanulok-2562/deliveries.csv"))
                        .size()
                - 1;
        try (MonitoringStore store = MonitoringStore.embedded(out.resolve("store"))) {
            assertEquals(deliveries, store.queries().count("report_delivery"));
            assertEquals(
                    5 * 3 + 3 + 36,
                    store.queries().count("instrument_response"),
                    "5 agencies x 3 periods, 3 progress reports, 36 survey answers");
            assertTrue(store.queries().count("measurement") > 100);
            assertTrue(store.queries().count("disbursement") > 0);
        }

        String dashboard = Files.readString(out.resolve("reports/dashboard-MON-PLK-2562-2562-C9.html"));
        assertTrue(dashboard.contains("รายงานความก้าวหน้าการดำเนินงาน"));
        assertTrue(
                dashboard.contains("บรรลุค่าเป้าหมาย") || dashboard.contains("เป็นไปตามแผน"),
                "some indicator has figures from the store");
        String summary = Files.readString(out.resolve("reports/summary-PLK-AP2562-2562-C9.html"));
        assertTrue(
                summary.contains("ส่งล่าช้า") && summary.contains("เกินกำหนด ยังไม่ได้ส่ง"),
                "the late and the owed report are flagged");
        assertTrue(Files.size(out.resolve("reports/summary-PLK-AP2562-2562-C9.docx")) > 5_000);
        assertTrue(Files.isRegularFile(out.resolve("public/index.html")));
        for (String book : List.of("R17-SP", "PLK-AP2562")) {
            assertTrue(Files.size(out.resolve("book/" + book + ".docx")) > 10_000, book);
            assertTrue(Files.size(out.resolve("book/" + book + ".pdf")) > 10_000, book);
        }
        // 6 warnings, and PH-EMN-003 on every project without a responsible person (eMENSCR asks for one)
        assertTrue(
                run.out().matches("(?s).*0 errors, \\d+ warnings.*")
                        && !run.out().contains("PH-ALN-006"),
                "the five provinces loaded, R17-S1.1 is carried out: " + run.out());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("received ")).count(), run.out());
        String regional = Files.readString(out.resolve("region/report/region-R17-SP-2562-2562-C9.html"));
        assertTrue(regional.contains("ได้รับชุดข้อมูลของรอบนี้ครบทุกจังหวัดแล้ว"), "every package arrived");
        assertTrue(
                regional.contains("TAK-S1.1") && regional.contains("TAK62-01"),
                "Tak's border strategy and its projects under R17-S1.1");
        assertTrue(
                regional.contains("บรรลุค่าเป้าหมาย") || regional.contains("เป็นไปตามแผน"),
                "provinces' indicators assessed from the packages' rows");
        assertTrue(Files.size(out.resolve("region/report/region-R17-SP-2562-2562-C9.docx")) > 5_000);
        assertEquals(List.of(), personalDataIn(out.resolve("public"), models));
        EmenscrFromStore.check(models, out);
    }

    /**
     * Every name and contact value of the sample plans that the site may not show on the demo's publication day
     * (no consent in force covers it), looked for in every file of the site. Consented names may appear: the public
     * book lists committee members who agreed to it.
     */
    private static List<String> personalDataIn(Path site, Path models) throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        Set<String> needles = new LinkedHashSet<>();
        set.getResources()
                .forEach(r -> r.getAllContents().forEachRemaining(o -> {
                    if (o instanceof Person p) {
                        if (!Consents.coverName(p, PUBLISHED_ON)) {
                            needles.add(p.getName());
                        }
                        p.getContacts().stream()
                                .filter(c -> !Consents.cover(p, c, PUBLISHED_ON))
                                .forEach(c -> needles.add(c.getValue()));
                    }
                }));
        needles.remove(null);
        assertTrue(needles.size() > 5, "the samples withhold people: " + needles);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".ttf"))
                    .toList()) {
                String text = Files.readString(f);
                needles.stream().filter(text::contains).forEach(n -> found.add(site.relativize(f) + ": " + n));
            }
        }
        return found;
    }
}
