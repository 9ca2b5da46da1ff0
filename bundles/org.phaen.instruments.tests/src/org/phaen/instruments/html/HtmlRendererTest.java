/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.PhaenFactory;

/** Renders forms and reads them back with jsoup, an independent WHATWG HTML5 parser. */
class HtmlRendererTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);
    private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";

    private final HtmlRenderer renderer = new HtmlRenderer();

    /** Renders through the SPI method (bytes on a stream) and parses with error tracking on. */
    static Document parse(EvaluationInstrument instrument, boolean thaiNumerals) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new HtmlRenderer().render(instrument, new RenderOptions(thaiNumerals, ISSUED), bytes);
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(bytes.toString(StandardCharsets.UTF_8), "", parser);
        assertEquals(
                List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML5 parse errors");
        return doc;
    }

    @Test
    void isAWellFormedThaiHtml5Document() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        Document doc = parse(instrument, false);
        assertEquals("html", doc.documentType().name());
        assertEquals("th", doc.selectFirst("html").attr("lang"));
        assertEquals("utf-8", doc.selectFirst("head > meta[charset]").attr("charset"));
        assertEquals(instrument.getName(), doc.title());
        assertEquals(1, doc.select("h1").size());
        assertEquals(instrument.getName(), doc.selectFirst("h1").wholeText());
        assertEquals(
                instrument.getNameEn(),
                doc.selectFirst(".title-block p.en[lang=en]").wholeText());
        assertNull(doc.selectFirst(".fiscal-year"), "the title already names the fiscal year");
        assertEquals(
                "ฉบับที่ 3 ออก ณ วันที่ 23 พฤศจิกายน 2569",
                doc.selectFirst(".issue").text());
        String css = doc.selectFirst("head > style").data();
        assertTrue(css.contains("@page { size: A4;"), css);
        assertTrue(
                css.contains(
                        "font-family: \"TH Sarabun New\", \"Sarabun\", \"Laksaman\", sans-serif; font-size: 16pt;"),
                css);
        Element footer = doc.selectFirst("footer");
        assertEquals(instrument.getCode(), footer.selectFirst(".code").text());
        assertEquals(instrument.getUuid(), footer.attr("data-instrument-uuid"));
    }

    @Test
    void everyItemIsOneElementWithItsUuidAndExactLabels() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        Document doc = parse(instrument, false);
        assertEquals(instrument.getItems().size(), doc.select("[data-uuid]").size());
        for (InstrumentItem item : instrument.getItems()) {
            Elements found = doc.select("[data-uuid=\"" + item.getUuid() + "\"]");
            assertEquals(1, found.size(), item.getUuid());
            Element element = found.first();
            assertEquals(item.getCode(), element.attr("data-code"));
            assertEquals(item.getItemKind().getLiteral(), element.attr("data-kind"));
            assertEquals(item.getName(), element.selectFirst(".label > .th").wholeText());
            assertEquals(
                    item.getNameEn(),
                    element.selectFirst(".label > .en[lang=en]").wholeText());
            assertEquals(item.isRequired(), element.selectFirst(".label > .req") != null, item.getCode());
            if (item.getHint() != null) {
                assertEquals(item.getHint(), element.selectFirst(".hint").wholeText());
            }
        }
        // Items are numbered 1..9 in model order; the NOTE is the part's heading, unnumbered.
        List<String> numbers = doc.select(".item > .num, tr.item-row > td.num").eachText();
        assertEquals(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."), numbers);
        Element note = doc.selectFirst("[data-kind=NOTE]");
        assertEquals("h2", note.tagName());
        assertEquals(2, doc.select("section.part").size());
    }

    @Test
    void ratingsShareOneTableWithTheScaleLevelsAsColumns() throws IOException {
        Document doc = parse(TestInstruments.everyItemKind(), false);
        Elements tables = doc.select("table.rating");
        assertEquals(1, tables.size());
        Element table = tables.first();
        assertEquals(
                List.of("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"),
                table.select("thead th.level > .th").eachText());
        assertEquals(
                List.of("Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"),
                table.select("thead th.level > .en").eachText());
        assertEquals(
                List.of("5", "4", "3", "2", "1"), table.select("thead th.level").eachAttr("data-value"));
        Elements rows = table.select("tbody > tr");
        assertEquals(
                List.of("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c1002", "0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c1003"),
                rows.eachAttr("data-uuid"));
        for (Element row : rows) {
            assertEquals(5, row.select("td.cell").size());
        }
    }

    @Test
    void answerAreasSuitTheKind() throws IOException {
        Document doc = parse(TestInstruments.everyItemKind(), false);
        assertEquals(
                List.of("ใช่ (Yes)", "ไม่ใช่ (No)"),
                doc.select("[data-kind=YES_NO] .choice").eachText());
        assertEquals(
                5, doc.select("[data-kind=SELECT_ONE] .choice > .box.round").size());
        Elements multiple = doc.select("[data-kind=SELECT_MULTIPLE] .choice > .box");
        assertEquals(5, multiple.size());
        assertTrue(multiple.stream().noneMatch(box -> box.hasClass("round")), "multiple choice has square boxes");
        assertEquals(
                "วันที่ ..... เดือน .......... พ.ศ. ......",
                doc.selectFirst("[data-kind=DATE] .answer").text());
        assertEquals(3, doc.select("[data-kind=TEXT] .answer > .line").size());
        assertTrue(doc.selectFirst("[data-kind=NUMBER] .answer").text().matches("\\.{10,}"));
        assertTrue(doc.selectFirst("[data-kind=DECIMAL] .answer").text().matches("\\.{10,}"));
    }

    @Test
    void isSelfContained() throws IOException {
        Document doc = parse(TestInstruments.everyItemKind(), false);
        assertEquals(
                0,
                doc.select("script, link, img, iframe, object, embed, base, svg, video, audio")
                        .size());
        assertEquals(0, doc.select("[src], [href], [srcset], [style]").size());
        String css = doc.selectFirst("style").data();
        assertFalse(css.contains("url(") || css.contains("@import"), css);
        String html = doc.outerHtml();
        assertFalse(html.contains("http://") || html.contains("https://"), html);
    }

    @Test
    void hostileNamesStayText() throws IOException {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        instrument.setName(HOSTILE);
        instrument.setNameEn(HOSTILE);
        instrument.setCode("</style><script>alert(2)</script>");
        InstrumentItem rating = instrument.getItems().get(2);
        rating.setName(HOSTILE);
        rating.setHint(HOSTILE);
        rating.getScale().getLevels().get(0).setLabel(HOSTILE);
        InstrumentItem text = instrument.getItems().get(8);
        text.setUuid("x\" onmouseover=\"alert(3)");
        text.setNameEn("' onfocus='alert(4)");
        Document doc = parse(instrument, false);

        assertEquals(0, doc.select("script").size());
        assertEquals(1, doc.select("style").size());
        assertEquals(0, doc.select("[onmouseover], [onfocus]").size());
        assertEquals(HOSTILE, doc.title());
        assertEquals(HOSTILE, doc.selectFirst("h1").wholeText());
        assertEquals(HOSTILE, doc.selectFirst(".title-block .en").wholeText());
        assertEquals(
                "แบบ " + instrument.getCode(), doc.selectFirst(".form-code").text());
        assertEquals(instrument.getCode(), doc.selectFirst("footer .code").wholeText());
        Element row = doc.selectFirst("[data-uuid=\"" + rating.getUuid() + "\"]");
        assertEquals(HOSTILE, row.selectFirst(".th").wholeText());
        assertEquals(HOSTILE, row.selectFirst(".hint").wholeText());
        assertEquals(HOSTILE, doc.selectFirst("th.level > .th").wholeText());
        Element textItem = doc.selectFirst("[data-kind=TEXT]");
        assertEquals(text.getUuid(), textItem.attr("data-uuid"));
        assertEquals(text.getNameEn(), textItem.selectFirst(".en").wholeText());
        // The page footer in the style sheet carries the code as a CSS string with hex escapes.
        String css = doc.selectFirst("style").data();
        assertFalse(css.contains("</") || css.contains("<script"), css);
    }

    @Test
    void thaiNumeralsInTheHeaderAndNumbering() throws IOException {
        EvaluationInstrument untitledYear = TestInstruments.everyItemKind();
        untitledYear.setName("แบบสอบถามความพึงพอใจ");
        Document doc = parse(untitledYear, true);
        assertEquals("ปีงบประมาณ พ.ศ. ๒๕๖๒", doc.selectFirst(".fiscal-year").text());
        assertEquals(
                "ฉบับที่ ๓ ออก ณ วันที่ ๒๓ พฤศจิกายน ๒๕๖๙",
                doc.selectFirst(".issue").text());
        assertEquals("๑.", doc.selectFirst(".item > .num, tr.item-row > td.num").text());
        assertEquals(
                List.of("(๕)", "(๔)", "(๓)", "(๒)", "(๑)"),
                doc.select("th.level > .value").eachText());
        assertTrue(doc.selectFirst("style").data().contains("counter(page, thai)"));
        // Labels are printed as the planner typed them.
        assertEquals(untitledYear.getName(), doc.selectFirst("h1").wholeText());
    }

    @Test
    void missingDataStillGivesAFormWithBlanks() throws IOException {
        PhaenFactory f = PhaenFactory.eINSTANCE;
        EvaluationInstrument instrument = f.createEvaluationInstrument();
        instrument.setUuid("u-0");
        instrument.setKind(InstrumentKind.SITE_VISIT);
        for (int i = 0; i < 3; i++) {
            InstrumentItem item = f.createInstrumentItem();
            item.setUuid("u-" + (i + 1));
            if (i == 1) {
                item.setItemKind(ItemKind.RATING); // no scale
            }
            if (i == 2) {
                item.setItemKind(ItemKind.SELECT_ONE); // no scale
            }
            instrument.getItems().add(item);
        }
        Document doc = parse(instrument, false);
        assertEquals(3, doc.select("[data-uuid]").size());
        assertEquals(0, doc.select("table.rating, .fiscal-year, .form-code").size());
        assertNotNull(doc.selectFirst(".signature"), "reports and checklists end with a signature block");
    }

    @Test
    void isFoundByFormatAndWritesASampleToLookAt() throws IOException {
        assertInstanceOf(HtmlRenderer.class, Renderers.available().get("html"));
        assertEquals("html", renderer.fileExtension());
        Path dir = Files.createDirectories(Path.of("target", "html-samples"));
        for (boolean thai : new boolean[] {false, true}) {
            Files.writeString(
                    dir.resolve(thai ? "everyItemKind-thai-numerals.html" : "everyItemKind.html"),
                    renderer.toHtml(TestInstruments.everyItemKind(), new RenderOptions(thai, ISSUED)),
                    StandardCharsets.UTF_8);
        }
    }
}
