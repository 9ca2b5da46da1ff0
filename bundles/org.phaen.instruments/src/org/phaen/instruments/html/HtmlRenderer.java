/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.phaen.documents.Wording;
import org.phaen.instruments.FormLayout;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.TitleBlock;
import org.phaen.model.EvaluationInstrument;

/**
 * A printable form as one self-contained HTML5 file: inline CSS, no scripts, no fetched resources,
 * so it can be mailed, opened offline and printed on A4 as it is. The layout follows Thai
 * government forms: form code at top right, centred title, B.E. dates, ticked boxes and dotted lines.
 */
public final class HtmlRenderer implements InstrumentRenderer {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        out.write(toHtml(instrument, options).getBytes(StandardCharsets.UTF_8));
        out.flush(); // the caller owns the stream
    }

    /** The whole document as a string (forms are small: tens of items). */
    public String toHtml(EvaluationInstrument instrument, RenderOptions options) {
        StringBuilder out = new StringBuilder(16_384);
        ItemHtml items = new ItemHtml(out, options.thaiNumerals());
        String code = instrument.getCode() == null ? "" : instrument.getCode();
        String pageLabel = (code.isEmpty() ? "" : code + " ") + Wording.THAI.text("page") + " ";
        out.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Phaen\">\n")
                .append("<title>")
                .append(text(instrument.getName()))
                .append("</title>\n")
                .append("<style>\n")
                .append(PrintCss.css(pageLabel, options.thaiNumerals()))
                .append("</style>\n</head>\n");
        out.append("<body>\n<article class=\"instrument\"")
                .append(attr("data-instrument-uuid", instrument.getUuid()))
                .append(attr("data-code", code))
                .append(attr("data-version", String.valueOf(instrument.getVersion())))
                .append(">\n");
        TitleBlock block = TitleBlock.of(instrument, options);
        titleBlock(block, out);
        instructions(block, out);
        FormLayout.walk(instrument.getItems(), new SectionsHtml(out, items));
        closing(instrument, out);
        footer(instrument, code, items, out);
        out.append("</article>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void titleBlock(TitleBlock block, StringBuilder out) {
        out.append("<header class=\"title-block\">\n");
        if (block.formCode() != null) {
            out.append("<div class=\"form-code\"><span>")
                    .append(text(block.formCode()))
                    .append("</span></div>\n");
        }
        out.append("<h1>").append(text(block.title())).append("</h1>\n");
        if (block.titleEn() != null) {
            out.append("<p class=\"en\" lang=\"en\">")
                    .append(text(block.titleEn()))
                    .append("</p>\n");
        }
        if (block.fiscalYear() != null) {
            out.append("<p class=\"fiscal-year\">")
                    .append(text(block.fiscalYear()))
                    .append("</p>\n");
        }
        if (block.issue() != null) {
            out.append("<p class=\"issue\">").append(text(block.issue())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private static void instructions(TitleBlock block, StringBuilder out) {
        if (!block.hasInstructions()) {
            return;
        }
        out.append("<div class=\"instructions\"><b>")
                .append(TitleBlock.INSTRUCTIONS)
                .append("</b>");
        if (block.rateInstruction()) {
            out.append(' ').append(TitleBlock.RATE_INSTRUCTION);
        }
        if (block.requiredInstruction()) {
            out.append(' ').append(TitleBlock.requiredInstruction("<span class=\"req\">*</span>"));
        }
        out.append("</div>\n");
    }

    /** Surveys are anonymous and end with thanks; reports and checklists are signed by the person responsible. */
    private static void closing(EvaluationInstrument instrument, StringBuilder out) {
        if (FormTexts.endsWithThanks(instrument)) {
            out.append("<p class=\"thanks\">").append(FormTexts.THANKS).append("</p>\n");
            return;
        }
        out.append("<div class=\"signature\">");
        FormTexts.signature("........................................")
                .forEach(line -> out.append("<p>").append(line).append("</p>"));
        out.append("</div>\n");
    }

    /** Printed identifiers so a returned paper form can be matched to this instrument and its items. */
    private static void footer(EvaluationInstrument instrument, String code, ItemHtml items, StringBuilder out) {
        out.append("<footer")
                .append(attr("data-instrument-uuid", instrument.getUuid()))
                .append(">\n");
        out.append("<p>")
                .append(FormTexts.formCodeLine(
                        instrument, "<span class=\"code\">" + text(code) + "</span>", items::digits));
        out.append(" <span class=\"en\" lang=\"en\">")
                .append(FormTexts.ENGLISH.text("formCodeLabel"))
                .append("</span></p>\n");
        out.append("<p class=\"uuid\">").append(text(instrument.getUuid())).append("</p>\n</footer>\n");
    }
}
