/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.privacy.MarkupText;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.Repository;
import org.phaen.testing.SamplePlans;

/**
 * The corpus testdata/personal-data/variants.txt planted into a copy of the sample plans (names, objectives and
 * activity names of the Phitsanulok projects), then the real commands on the real files: validate warns, and the
 * public site, the satisfaction survey (HTML, DOCX, PDF) and the public reports (HTML, DOCX, XLSX), read back,
 * hold no trace of PLK-P05, while an internal form shows the planted text is really there.
 */
class PersonalDataVariantsTest {

    /** What must not survive in any spelling: checked here by the test's own normalisation, not the matcher's. */
    private static final List<String> TRACES =
            List.of("อรุณี", "วังทองดี", "arunee", "wangthongdee", "810006505", "3650100123456");

    @TempDir
    static Path dir;

    static Path region;
    static Path province;
    static List<String> variants;
    static List<String> plantedProjects;
    static PersonalDataMatcher matcher;

    @BeforeAll
    static void plant() throws Exception {
        province = SamplePlans.copyBoth(dir);
        region = dir.resolve(SamplePlans.REGION);
        variants =
                Files.readAllLines(Repository.path("testdata", "personal-data", "variants.txt"), StandardCharsets.UTF_8)
                        .stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.split("\t", 2)[1].replace("\\n", "\n"))
                        .toList();
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, region);
        PlanModel plk = PlanFiles.load(set, province);
        Person arunee = plk.getPeople().stream()
                .filter(p -> "PLK-P05".equals(p.getCode()))
                .findFirst()
                .orElseThrow();
        arunee.setNameEn("Arunee Wangthongdee");
        arunee.getContacts().add(contact(ContactKind.EMAIL, "arunee.w@example.org"));
        arunee.getContacts().add(contact(ContactKind.OTHER, "3-6501-00123-45-6"));
        List<Project> projects = plk.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .map(ActionPlan.class::cast)
                .flatMap(a -> a.getProjects().stream())
                .toList();
        for (int i = 0; i < variants.size(); i++) {
            Project project = projects.get(i % projects.size());
            String variant = variants.get(i);
            project.setName(project.getName() + " " + variant);
            project.getObjectives().add("วัตถุประสงค์ " + variant);
            project.getActivities().stream().findFirst().ifPresent(a -> a.setName(a.getName() + " " + variant));
        }
        plantedProjects =
                projects.stream().limit(variants.size()).map(Project::getCode).toList();
        PlanFiles.save(plk);
        matcher = PersonalDataMatcher.loadedWith(plk, LocalDate.now());
    }

    private static ContactDetail contact(ContactKind kind, String value) {
        ContactDetail c = PhaenFactory.eINSTANCE.createContactDetail();
        c.setKind(kind);
        c.setValue(value);
        return c;
    }

    @Test
    void validateWarnsOnEveryPlantedProject() {
        CliRun run = CliRun.of("validate", region.toString(), province.toString());
        List<String> findings =
                List.of(run.out().split("(?m)^(?=/)")); // one per "FILE:LINE: ..." (a planted line break splits lines)
        for (String code : plantedProjects) {
            assertTrue(
                    findings.stream()
                            .anyMatch(f -> f.contains("PH-PDP-001 " + code)
                                    && f.contains("is written in its")
                                    && f.contains("อรุณี วังทองดี")),
                    code + " in\n" + run.out());
        }
    }

    @Test
    void thePublicSiteHoldsNoVariant() throws Exception {
        Path site = dir.resolve("site");
        CliRun run = CliRun.of(
                "publish",
                "--plan",
                region.toString(),
                "--plan",
                province.toString(),
                "--fy",
                "2562",
                "--as-of",
                "2019-07-31",
                "--out",
                site.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String projects = Files.readString(site.resolve("projects.html"));
        assertTrue(
                projects.split(java.util.regex.Pattern.quote(PersonalDataMatcher.REDACTED), -1).length
                        > variants.size(),
                projects);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".svg"))
                    .toList()) {
                assertClean(file, MarkupText.readable(Files.readString(file)));
            }
        }
    }

    @Test
    void theSatisfactionSurveyIsRedactedInEveryFormatAndTheInternalFormIsNot() throws Exception {
        Path forms = dir.resolve("forms");
        CliRun run = CliRun.of(
                "instruments",
                province.toString(),
                "--fy",
                "2562",
                "--kinds",
                "SATISFACTION_SURVEY,PROGRESS_REPORT",
                "--formats",
                "html,docx,pdf",
                "--out",
                forms.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path html = forms.resolve("SAT-2562-PLK-AP2562.html");
        assertClean(html, MarkupText.readable(Files.readString(html)));
        assertTrue(Files.readString(html).contains(PersonalDataMatcher.REDACTED));
        assertClean(
                forms.resolve("SAT-2562-PLK-AP2562.docx"), List.of(docx(forms.resolve("SAT-2562-PLK-AP2562.docx"))));
        String pdf = pdf(forms.resolve("SAT-2562-PLK-AP2562.pdf"));
        assertClean(forms.resolve("SAT-2562-PLK-AP2562.pdf"), List.of(pdf));
        assertTrue(pdf.replaceAll("\\s", "").contains(PersonalDataMatcher.REDACTED), "the PDF's text was read");
        assertFalse(
                traces(Files.readString(forms.resolve("PRG-2562-PLK-AP2562.html")))
                        .isEmpty(),
                "the planted text reached the forms");
    }

    @Test
    void reportsForThePublicAreRedactedInEveryFormat() throws Exception {
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of(
                "report",
                "--plan",
                region.toString(),
                "--plan",
                province.toString(),
                "--fy",
                "2562",
                "--as-of",
                "2019-07-31",
                "--kinds",
                "summary",
                "--public",
                "--out",
                reports.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.toList()) {
                String name = file.toString();
                assertClean(
                        file,
                        name.endsWith(".html")
                                ? MarkupText.readable(Files.readString(file))
                                : List.of(name.endsWith(".docx") ? docx(file) : xlsx(file)));
            }
        }
    }

    private static void assertClean(Path file, List<String> texts) {
        for (String text : texts) {
            assertEquals(List.of(), traces(text), file.getFileName().toString());
            assertEquals(List.of(), matcher.find(text), file.getFileName().toString());
        }
    }

    /** The text lower-cased and NFKC-folded (full-width forms), without spaces or invisible characters; digits as ASCII. */
    private static List<String> traces(String text) {
        StringBuilder letters = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .forEach(cp -> {
                    if (Character.isDigit(cp)) {
                        letters.append(Character.digit(cp, 10));
                        digits.append(Character.digit(cp, 10));
                    } else if (!Character.isWhitespace(cp)
                            && !Character.isSpaceChar(cp)
                            && Character.getType(cp) != Character.FORMAT) {
                        letters.appendCodePoint(cp);
                    }
                });
        return TRACES.stream()
                .filter(t -> (Character.isDigit(t.charAt(0)) ? digits : letters).indexOf(t) >= 0)
                .toList();
    }

    private static String docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String xlsx(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
