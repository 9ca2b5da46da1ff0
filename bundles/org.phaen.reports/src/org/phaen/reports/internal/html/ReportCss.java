/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.html;

import java.util.Base64;
import org.phaen.fonts.ThaiFonts;
import org.phaen.reports.internal.document.Tone;

/**
 * The style sheet of every Phaen report page: A4 landscape (tables of up to nine columns) with the margins of
 * Thai official documents, the Sarabun family
 * at 16 pt (tables 14 pt), tone colours for flagged cells. The shipped Sarabun is declared with @font-face so the
 * page looks the same on a machine without Thai fonts: embedded in a self-contained report, a file in the pack.
 */
public final class ReportCss {

    private static final String BASE = """
        @page { size: A4 landscape; margin: 2.5cm 2cm 2cm 3cm; }
        html { font-family: "Sarabun", "TH Sarabun New", "Laksaman", sans-serif; font-size: 16pt; line-height: 1.4; color: #000; }
        body { margin: 0; }
        @media screen { body { max-width: 26cm; margin: 1cm auto; padding: 0 1cm; } }
        header.title-block { text-align: center; margin-bottom: 1em; }
        header.title-block p { margin: 0; }
        h1 { font-size: 20pt; margin: .2em 0; line-height: 1.3; }
        h2 { font-size: 17pt; margin: 1.2em 0 .4em; break-after: avoid; padding-top: .2em; }
        nav.site { margin: 0 0 1em; padding: .3em 0; border-bottom: 1px solid #999; }
        nav.site a { margin-right: 1.2em; }
        figure.chart { margin: .5em 0 1em; break-inside: avoid; }
        figure.chart svg, figure.chart img { max-width: 100%; height: auto; }
        table.data { width: 100%; border-collapse: collapse; font-size: 14pt; margin: .4em 0 1em; }
        table.data th, table.data td { border: 1px solid #000; padding: .1em .3em; vertical-align: top; }
        table.data th { background: #eee; font-weight: bold; vertical-align: middle; }
        table.data thead { display: table-header-group; }
        table.data tr { break-inside: avoid; }
        table.data td.num { text-align: right; white-space: nowrap; }
        p.note { font-size: 13pt; color: #333; }
        footer { margin-top: 2em; border-top: 1px solid #000; font-size: 12pt; color: #333; }
        """;

    private ReportCss() {}

    /** The sheet with the fonts inside it (a self-contained report). */
    public static String embedded() {
        return fontFace(ThaiFonts.Weight.REGULAR, "normal", dataUri(ThaiFonts.Weight.REGULAR))
                + fontFace(ThaiFonts.Weight.BOLD, "bold", dataUri(ThaiFonts.Weight.BOLD))
                + BASE
                + tones();
    }

    /** The sheet for a site whose font files lie in {@code fonts/} next to it. */
    public static String linked() {
        return fontFace(ThaiFonts.Weight.REGULAR, "normal", "fonts/" + fontFile(ThaiFonts.Weight.REGULAR))
                + fontFace(ThaiFonts.Weight.BOLD, "bold", "fonts/" + fontFile(ThaiFonts.Weight.BOLD))
                + BASE
                + tones();
    }

    public static String fontFile(ThaiFonts.Weight weight) {
        return weight == ThaiFonts.Weight.BOLD ? "Sarabun-Bold.ttf" : "Sarabun-Regular.ttf";
    }

    private static String tones() {
        StringBuilder css = new StringBuilder();
        for (Tone tone : Tone.values()) {
            if (tone != Tone.NONE) {
                css.append("td.")
                        .append(tone.cssClass())
                        .append(" { background: #")
                        .append(tone.fill())
                        .append("; }\n");
            }
        }
        return css.append(
                        "@media print { td[class*=tone-] { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }\n")
                .toString();
    }

    private static String fontFace(ThaiFonts.Weight weight, String cssWeight, String url) {
        return "@font-face { font-family: \"Sarabun\"; font-weight: " + cssWeight + "; src: url(\"" + url
                + "\") format(\"truetype\"); }\n";
    }

    private static String dataUri(ThaiFonts.Weight weight) {
        return "data:font/ttf;base64," + Base64.getEncoder().encodeToString(ThaiFonts.bytes(weight));
    }
}
