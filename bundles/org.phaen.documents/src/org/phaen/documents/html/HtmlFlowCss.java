/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.html;

import java.util.Base64;
import org.phaen.fonts.ThaiFonts;

/** The page's style sheet with the shipped Sarabun inline, so the page looks the same offline and on any machine. */
final class HtmlFlowCss {

    private static String css;

    private HtmlFlowCss() {}

    static synchronized String css() {
        if (css == null) {
            css = face(ThaiFonts.Weight.REGULAR, "normal") + face(ThaiFonts.Weight.BOLD, "bold") + """
                body { font-family: Sarabun, sans-serif; font-size: 16pt; line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
                h1 { font-size: 18pt; margin-top: 1.4em; } h2 { font-size: 17pt; } h3, h4 { font-size: 16pt; }
                p.body { text-indent: 1.25cm; margin: 0.2em 0; } p.plain, p.note { margin: 0.2em 0; } p.note { font-size: 14pt; }
                p.title { font-size: 24pt; font-weight: bold; text-align: center; } p.subtitle { font-size: 18pt; font-weight: bold; text-align: center; }
                p.centered, p.caption { text-align: center; } p.right { text-align: right; } p.caption { font-size: 14pt; font-weight: bold; }
                ul { list-style: none; padding-left: 0; } li { margin: 0.1em 0; }
                li.depth-1 { margin-left: 1cm; } li.depth-2 { margin-left: 2cm; } li.depth-3 { margin-left: 3cm; }
                span.marker { display: inline-block; min-width: 1cm; }
                nav.contents li.toc-2 { margin-left: 1.5em; } nav.contents li.toc-3 { margin-left: 3em; }
                nav.contents a { color: inherit; text-decoration: none; }
                table { border-collapse: collapse; width: 100%; font-size: 14pt; margin: 0.5em 0 1em; }
                caption { font-weight: bold; padding-bottom: 0.3em; }
                th, td { border: 1px solid #444; padding: 2px 5px; vertical-align: top; }
                th { background: #eee; } tr.total td { background: #e0e0e0; font-weight: bold; }
                td.right { text-align: right; } td.center { text-align: center; }
                figure { margin: 1em 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
                figcaption { font-size: 14pt; font-weight: bold; }
                section.cover { text-align: center; min-height: 60vh; }
                footer { margin-top: 3em; font-size: 12pt; color: #666; text-align: right; }
                @media print { .page-break, section { break-before: page; } thead { display: table-header-group; } tr { break-inside: avoid; } }
                """;
        }
        return css;
    }

    private static String face(ThaiFonts.Weight weight, String cssWeight) {
        return "@font-face { font-family: Sarabun; font-weight: " + cssWeight + "; src: url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ThaiFonts.bytes(weight)) + ") format(\"truetype\"); }\n";
    }
}
