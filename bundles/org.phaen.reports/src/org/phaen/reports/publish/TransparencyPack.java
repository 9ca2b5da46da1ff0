/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.phaen.book.PublicBook;
import org.phaen.fonts.ThaiFonts;
import org.phaen.model.ActionPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.html.HtmlWriter;
import org.phaen.reports.internal.html.ReportCss;
import org.phaen.reports.internal.svg.SvgBarChart;
import org.phaen.reports.summary.ActionPlanSummary;

/**
 * The public transparency pack of one action plan: a static site (plain HTML, one style sheet, SVG charts, the
 * shipped Sarabun font with its licence) that any web server or a USB stick can carry. It holds no personal data
 * of people who have not consented: the pages never print people, and every text, link and chart label passes
 * through the {@link PersonalDataMatcher}'s redaction on the way out ({@link StagedSite} scans what was written).
 * Its menu links the action plan's book ({@code book.html}, the HTML book of {@code phaen book --public}), redacted by
 * the same matcher.
 */
public final class TransparencyPack {

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("index.html", ThaiTexts.text("publish.home"));
        PAGES.put("issues.html", ThaiTexts.text("issues"));
        PAGES.put("projects.html", ThaiTexts.text("projects"));
        PAGES.put("budget.html", ThaiTexts.text("budget"));
        PAGES.put("progress.html", ThaiTexts.text("publish.progress"));
        PAGES.put("feedback.html", PackPages.FEEDBACK);
    }

    private TransparencyPack() {}

    /** {@link #write(ActionPlan, ReportingPeriod, MonitoringFacts, LocalDate, Path, PersonalDataMatcher)} with consents as they stand today. */
    public static List<Path> write(
            ActionPlan plan, ReportingPeriod period, MonitoringFacts facts, LocalDate today, Path folder)
            throws IOException {
        return write(plan, period, facts, today, folder, PersonalDataMatcher.loadedWith(plan, LocalDate.now()));
    }

    /** Writes the site into {@code folder} (created if missing), redacting what {@code personal} finds; returns the files written. */
    public static List<Path> write(
            ActionPlan plan,
            ReportingPeriod period,
            MonitoringFacts facts,
            LocalDate today,
            Path folder,
            PersonalDataMatcher personal)
            throws IOException {
        PackPages pages = new PackPages(ActionPlanSummary.of(plan, period, facts, today));
        UnaryOperator<String> redact = personal.redactor();
        List<HtmlWriter.Link> nav = new ArrayList<>(PAGES.entrySet().stream()
                .map(e -> new HtmlWriter.Link(e.getValue(), e.getKey()))
                .toList());
        nav.add(new HtmlWriter.Link(PublicBook.linkText(), PublicBook.FILE)); // the action plan's public book
        HtmlWriter writer = HtmlWriter.sitePage(nav);
        Files.createDirectories(folder.resolve("charts"));
        Files.createDirectories(folder.resolve("fonts"));
        List<Path> written = new ArrayList<>();
        List<Report> reports = List.of(
                pages.index(), pages.issues(), pages.projects(), pages.budget(), pages.progress(), pages.feedback());
        List<String> files = List.copyOf(PAGES.keySet());
        for (int i = 0; i < reports.size(); i++) {
            Report page = reports.get(i).mapText(redact);
            written.add(text(folder.resolve(files.get(i)), writer.write(page)));
            for (Block.Chart chart : page.charts()) {
                written.add(text(
                        folder.resolve("charts").resolve(chart.name() + ".svg"),
                        SvgBarChart.standalone(chart.chart())));
            }
        }
        written.add(PublicBook.write(plan, personal, folder)); // redacted as the pages are, scanned with them
        written.add(text(folder.resolve("style.css"), ReportCss.linked()));
        for (ThaiFonts.Weight weight : ThaiFonts.Weight.values()) {
            Path font = folder.resolve("fonts").resolve(ReportCss.fontFile(weight));
            Files.write(font, ThaiFonts.bytes(weight));
            written.add(font);
        }
        written.add(licence(folder.resolve("fonts").resolve("OFL.txt")));
        return written;
    }

    private static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The SIL OFL asks that its text travel with the font; org.phaen.fonts ships it beside the files. */
    private static Path licence(Path file) throws IOException {
        try (InputStream in = ThaiFonts.class.getResourceAsStream("/fonts/OFL.txt")) {
            if (in == null) {
                throw new IOException("fonts/OFL.txt is missing from org.phaen.fonts");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
