/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.instruments.xlsx.XlsxGeneratedInstrumentsTestAccess;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;

/** PDF forms read back by PDFBox: A4 pages, Sarabun embedded, the exact Thai text, Thai numerals on request. */
class PdfRendererTest {

    static List<EvaluationInstrument> generated() throws Exception {
        return XlsxGeneratedInstrumentsTestAccess.generated();
    }

    static byte[] render(EvaluationInstrument instrument, RenderOptions options) throws IOException {
        var out = new ByteArrayOutputStream();
        new PdfRenderer().render(instrument, options, out);
        return out.toByteArray();
    }

    /** Text without white space: the renderer wraps lines where Thai has no spaces. */
    static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    @Test
    void isRegisteredAsPdf() {
        assertTrue(Renderers.available().get("pdf") instanceof PdfRenderer);
    }

    /**
     * Every generated form's lines end where an official would end them: never inside a dotted abbreviation
     * (พ.|ศ.) or one closed by a dot (กศ|น.), never between a number and its unit.
     */
    @Test
    void linesNeverEndInsideAnAbbreviationOrBeforeAUnit() throws Exception {
        // The rest of a cut abbreviation: one consonant and its dot as a word ("ศ. 2562", "น. จังหวัด"), not "พ.ศ." or
        // "ม.3"
        Pattern continuation = Pattern.compile("^[\u0E01-\u0E2E][\u0E30-\u0E4E]*\\.(\\s.*|$)");
        Pattern unit = Pattern.compile("^(คน|บาท|แห่ง|โรง|ครั้ง|คะแนน|ร้อยละ)(\\s.*|$)");
        int lines = 0;
        for (EvaluationInstrument instrument : generated()) {
            try (PDDocument doc =
                    Loader.loadPDF(render(instrument, new RenderOptions(false, LocalDate.of(2018, 10, 1))))) {
                List<String> text = new PDFTextStripper()
                        .getText(doc)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
                for (int i = 1; i < text.size(); i++) {
                    String before = text.get(i - 1), line = text.get(i);
                    assertFalse(
                            continuation.matcher(line).matches() && before.matches(".*[\u0E01-\u0E4E.]$"),
                            instrument.getCode() + ": '" + before + "' | '" + line + "'");
                    assertFalse(
                            before.matches(".*[0-9]$") && unit.matcher(line).matches(),
                            instrument.getCode() + ": '" + before + "' | '" + line + "'");
                }
                lines += text.size();
            }
        }
        assertTrue(lines > 500, "lines checked: " + lines);
    }

    /** The satisfaction survey's 65 ratings: 21 pages before the item text got the width, 8 now. */
    @Test
    void satisfactionSurveyFitsInAThirdOfItsFormerPages() throws Exception {
        EvaluationInstrument survey = generated().stream()
                .filter(i -> i.getKind() == InstrumentKind.SATISFACTION_SURVEY)
                .findFirst()
                .orElseThrow();
        try (PDDocument doc = Loader.loadPDF(render(survey, new RenderOptions(false, LocalDate.of(2018, 10, 1))))) {
            assertTrue(doc.getNumberOfPages() <= 8, "pages: " + doc.getNumberOfPages());
        }
    }

    /** Fonts as subsets: the progress form of the benchmark was ~113 KB with both fonts whole (issue 19 asks under 40 KB). */
    @Test
    void progressFormIsSmallAndTheSameTwice() throws Exception {
        EvaluationInstrument form = TestInstruments.benchForm();
        RenderOptions options = new RenderOptions(false, LocalDate.of(2018, 10, 1));
        byte[] pdf = render(form, options);
        Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(Path.of("target", "pdf-samples", "bench-progress-form.pdf"), pdf); // to look at
        assertTrue(pdf.length < 40_000, "bytes: " + pdf.length);
        assertArrayEquals(pdf, render(form, options), "no timestamp, a file id from the instrument");
    }

    @Test
    void everyKindIsAnA4FormWithSarabunAndItsExactText() throws Exception {
        Set<InstrumentKind> kinds = new HashSet<>();
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        for (EvaluationInstrument instrument : generated()) {
            kinds.add(instrument.getKind());
            byte[] pdf = render(instrument, new RenderOptions(false, LocalDate.of(2018, 10, 1)));
            Files.write(dir.resolve(instrument.getCode() + ".pdf"), pdf); // to look at
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 1);
                for (PDPage page : doc.getPages()) {
                    assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                    assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
                }
                PDFont font = doc.getPage(0).getResources().getFont(org.apache.pdfbox.cos.COSName.getPDFName("F1"));
                assertTrue(font.isEmbedded() && font.getName().contains("Sarabun"), font.getName());
                assertEquals(instrument.getName(), doc.getDocumentInformation().getTitle());
                String text = flat(new PDFTextStripper().getText(doc));
                assertTrue(text.contains(flat(instrument.getName())), instrument.getCode());
                for (InstrumentItem item : instrument.getItems()) {
                    assertTrue(text.contains(flat(item.getName())), instrument.getCode() + ": " + item.getName());
                }
                assertTrue(text.contains(flat(instrument.getUuid())), "the form can be matched to its instrument");
            }
        }
        assertEquals(Set.of(InstrumentKind.values()), kinds, "every kind, the site visit included");
    }

    @Test
    void thaiNumeralsOnlyForNumbersTheFormAdds() throws Exception {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        try (PDDocument doc = Loader.loadPDF(render(instrument, new RenderOptions(true, LocalDate.of(2019, 10, 1))))) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("ฉบับที่๓"), text);
            assertTrue(text.contains("หน้า๑/"), text);
            assertTrue(text.contains("ค่าเป้าหมายร้อยละ85"), "user text stays as typed");
        }
    }
}
