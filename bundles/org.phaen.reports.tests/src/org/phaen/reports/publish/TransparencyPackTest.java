/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.reports.Outputs;
import org.phaen.reports.Samples;
import org.phaen.reports.data.InMemoryFacts;
import org.phaen.reports.internal.html.HtmlWriter;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.SummaryReport;

/** The public pack: a complete static site, and not one person's name, phone or e-mail in any of its files. */
class TransparencyPackTest {

    private static Samples samples;
    private static Path sampleSite;

    @BeforeAll
    static void write() throws Exception {
        samples = Samples.load();
        sampleSite = Outputs.folder().resolve("pack-plk-2562");
        TransparencyPack.write(
                samples.actionPlan(), samples.period("2562-C6"), samples.facts(), Samples.TODAY, sampleSite);
    }

    @Test
    void sampleSiteHasNoPersonalData() {
        PersonalDataScan scan = new PersonalDataScan(samples.set());
        assertTrue(
                scan.needles().size() >= 12,
                "the samples' 6 people without consent and their contacts: "
                        + scan.needles().size());
        assertEquals(List.of(), scan.scan(sampleSite));
    }

    @Test
    void theScanFindsAPlantedName(@TempDir Path dir) throws Exception {
        PersonalDataScan scan = new PersonalDataScan(samples.set());
        Files.writeString(dir.resolve("clean.html"), "<p>สำนักงานศึกษาธิการจังหวัดพิษณุโลก</p>");
        assertEquals(List.of(), scan.scan(dir));
        Files.writeString(dir.resolve("leak.svg"), "<text>ผู้รับผิดชอบ: วราภรณ์ จันทร์เพ็ญ</text>");
        Files.writeString(dir.resolve("leak.css"), "/* โทร ๐๘๑-๐๐๐-๖๕๐๕ */");
        assertEquals(
                List.of("leak.css: ๐๘๑-๐๐๐-๖๕๐๕", "leak.svg: วราภรณ์ จันทร์เพ็ญ"),
                scan.scan(dir).stream().sorted().toList());
    }

    @Test
    void syntheticPeopleAreRemovedWhereverTheyWereTyped(@TempDir Path dir) throws Exception {
        ActionPlan plan = SyntheticPlan.create();
        // The internal summary prints the project title as typed: the planted name is really in the data.
        String internal = HtmlWriter.selfContained()
                .write(SummaryReport.of(ActionPlanSummary.of(plan, null, InMemoryFacts.none(), Samples.TODAY)));
        assertTrue(internal.contains(SyntheticPlan.NAME));
        TransparencyPack.write(plan, null, InMemoryFacts.none(), Samples.TODAY, dir);
        PersonalDataScan scan = new PersonalDataScan(plan.eResource().getResourceSet());
        assertTrue(scan.needles()
                .containsAll(List.of(
                        SyntheticPlan.NAME, SyntheticPlan.PHONE, SyntheticPlan.EMAIL, SyntheticPlan.OTHER_NAME)));
        assertEquals(List.of(), scan.scan(dir));
        String projects = Files.readString(dir.resolve("projects.html"), StandardCharsets.UTF_8);
        assertTrue(
                projects.contains("โครงการพัฒนาครูโดย" + org.phaen.model.privacy.PersonalDataMatcher.REDACTED),
                "the project stays listed, without the name");
        String book = Files.readString(dir.resolve("book.html"), StandardCharsets.UTF_8);
        assertTrue(
                book.contains("โครงการพัฒนาครูโดย" + org.phaen.model.privacy.PersonalDataMatcher.REDACTED)
                        && !book.contains(SyntheticPlan.NAME),
                "the site's book, scanned with its pages above, names the project without the person");
    }

    @Test
    void everyPageLinksTheOthersAndTheFeedbackChannels() throws Exception {
        for (String page : List.of(
                "index.html", "issues.html", "projects.html", "budget.html", "progress.html", "feedback.html")) {
            Document doc = Jsoup.parse(sampleSite.resolve(page).toFile(), "UTF-8");
            assertEquals("style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
            for (Element a : doc.select("a[href], img[src]")) {
                String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                assertTrue(
                        target.startsWith("https://") || Files.isRegularFile(sampleSite.resolve(target)),
                        page + " -> " + target);
            }
            assertNotNull(doc.selectFirst("nav a[href=feedback.html]"), page);
            assertNotNull(doc.selectFirst("nav a[href=book.html]"), page + " links the action plan's book");
        }
        Document book = Jsoup.parse(sampleSite.resolve("book.html").toFile(), "UTF-8");
        for (var project : samples.actionPlan().getProjects()) {
            assertNotNull(book.getElementById(project.getUuid()), "the public book holds " + project.getCode());
        }
        Document feedback = Jsoup.parse(sampleSite.resolve("feedback.html").toFile(), "UTF-8");
        assertNotNull(
                feedback.selectFirst("a[href=https://www.example.org/plk-survey]"),
                "the citizen survey form is linked");
        assertTrue(
                feedback.text().contains("ชั้น 1 สำนักงานศึกษาธิการจังหวัดพิษณุโลก"),
                "non-web channels are listed as text");
        assertTrue(Files.size(sampleSite.resolve("fonts/Sarabun-Regular.ttf")) > 10_000);
        assertTrue(Files.readString(sampleSite.resolve("fonts/OFL.txt")).contains("SIL OPEN FONT LICENSE"));
    }

    @Test
    void chartsAreWellFormedSvgFiles() throws Exception {
        try (var files = Files.list(sampleSite.resolve("charts"))) {
            List<Path> charts = files.toList();
            assertEquals(3, charts.size());
            for (Path chart : charts) {
                assertEquals(
                        "svg",
                        Outputs.xml(Files.readString(chart))
                                .getDocumentElement()
                                .getLocalName());
            }
        }
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        var channel = org.phaen.model.PhaenFactory.eINSTANCE.createParticipationChannel();
        channel.setAddress("javascript:alert(1)");
        assertNull(ChannelTexts.href(channel));
        channel.setAddress("https://www.example.org/form?a=1");
        assertEquals("https://www.example.org/form?a=1", ChannelTexts.href(channel));
    }
}
