/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

/**
 * The inline style sheet: A4 with the margins of Thai official documents (left 3 cm, right 2 cm),
 * the Sarabun family at 16 pt, answer boxes drawn with borders so no glyph font is needed.
 */
final class PrintCss {

    private PrintCss() {}

    private static final String BASE = """
        @page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
        html { font-family: "TH Sarabun New", "Sarabun", "Laksaman", sans-serif; font-size: 16pt; line-height: 1.4; color: #000; }
        body { margin: 0; }
        @media screen {
          html { background: #e8e8e8; }
          body { width: 16cm; margin: 1cm auto; padding: 2.5cm 2cm 2cm 3cm; background: #fff; box-shadow: 0 0 4px #999; }
        }
        .title-block { text-align: center; margin-bottom: 1em; }
        .form-code { text-align: right; font-size: 13pt; }
        .form-code span { border: 1px solid #000; padding: 0 .4em; }
        h1 { font-size: 20pt; font-weight: bold; margin: .2em 0 0; line-height: 1.3; }
        h2 { font-size: 17pt; font-weight: bold; margin: 1em 0 .3em; break-after: avoid; }
        .title-block p { margin: 0; }
        .en { font-size: 13pt; color: #333; }
        .title-block .en { font-size: 14pt; }
        .hint { font-size: 13pt; color: #444; font-style: italic; }
        .req { color: #b00; font-weight: bold; margin-left: .15em; }
        .instructions { margin: .5em 0 1em; }
        .instructions b { text-decoration: underline; }
        /* Padding, not margin, above items and headings: a page break drops margins, and tone marks
           stacked over upper vowels reach above the line box (and were painted on the previous page). */
        .item { display: flex; margin: .3em 0; padding-top: .2em; break-inside: avoid; }
        .num { flex: none; width: 2.2em; }
        .body { flex: 1; }
        .label .en, .hint { display: block; }
        .answer { margin-top: .2em; }
        .choice { display: inline-block; margin-right: 1.5em; }
        .choices-column .choice { display: block; }
        .box { display: inline-block; width: .7em; height: .7em; border: 1px solid #000; vertical-align: -.05em; margin-right: .35em; }
        .box.round { border-radius: 50%; }
        .line { display: block; border-bottom: 1px dotted #000; height: 1.35em; }
        .blank { letter-spacing: .05em; }
        .unit { margin-left: .3em; }
        .note { margin: .7em 0 .3em; padding-top: .2em; font-weight: bold; break-after: avoid; }
        table.rating { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .4em 0 .8em; }
        table.rating th, table.rating td { border: 1px solid #000; padding: .1em .3em; vertical-align: top; }
        table.rating thead { display: table-header-group; }
        table.rating tr { break-inside: avoid; }
        table.rating th { font-weight: bold; vertical-align: middle; }
        table.rating th.level { width: 1.6cm; padding: .1em; text-align: center; font-size: 13pt; line-height: 1.3; }
        table.rating th.level .en, table.rating th.level .value { display: block; font-weight: normal; font-size: 8.5pt; color: #333; }
        table.rating .num { width: 1.1cm; text-align: center; }
        table.rating td.topic .en { font-size: 12pt; }
        .signature { margin: 2.5em 0 0 50%; text-align: center; break-inside: avoid; }
        .signature p { margin: .2em 0; }
        .thanks { text-align: center; margin-top: 1.5em; }
        footer { margin-top: 2em; border-top: 1px solid #000; font-size: 12pt; color: #333; }
        footer p { margin: .1em 0; }
        footer .uuid { font-family: monospace; font-size: 9pt; }
        """;

    /** The style sheet, with a running page footer (code and page number) in the page margin. */
    static String css(String pageLabel, boolean thaiNumerals) {
        String counterStyle = thaiNumerals ? ", thai" : "";
        return BASE + "@page { @bottom-right { content: " + Html.cssString(pageLabel) + " counter(page" + counterStyle
                + ") "
                + Html.cssString(" / ") + " counter(pages" + counterStyle + ");"
                + " font-family: \"TH Sarabun New\", \"Sarabun\", \"Laksaman\", sans-serif; font-size: 12pt; } }\n";
    }
}
