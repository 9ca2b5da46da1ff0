/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phaen.documents.flow.SampleFlow;
import org.phaen.documents.pdf.PdfFlowWriterTest;

/** The long sample as one HTML page: self-contained, an id per anchor, contents that lead to their headings. */
class HtmlFlowWriterTest {

    private static byte[] html() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlFlowWriter.write(PdfFlowWriterTest.longDocument(), out);
        return out.toByteArray();
    }

    @Test
    void selfContainedWithAnIdPerAnchorAndWorkingContents() throws IOException {
        String page = new String(html(), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "flow-sample.html"), page); // to look at
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(
                Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "nothing fetched from elsewhere");
        assertTrue(
                page.contains("@font-face { font-family: Sarabun; font-weight: bold; src: url(data:font/ttf;base64,"));
        assertTrue(
                page.contains("<h2 id=\"" + SampleFlow.ISSUE_UUID + "\">๑.๑ ประเด็นยุทธศาสตร์ที่ ๑"),
                "the issue's UUID is its heading's id");
        assertTrue(page.contains("<tr id=\"" + SampleFlow.INDICATOR_UUID + "\">"), "the indicator's row");
        assertTrue(
                page.contains("<th colspan=\"3\">ค่าเป้าหมาย</th>")
                        && page.contains("<th rowspan=\"2\">ตัวชี้วัด</th>"),
                "spans");
        assertTrue(page.contains("<strong>จุดอ่อน: </strong>ข้อมูลกระจัดกระจาย"), "bold runs");
        assertTrue(page.contains("<tspan x=\"60\" y=\"45\">วิสัยทัศน์ที่นี่</tspan>"), "the figure inline as SVG");
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(page);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertEquals(4, links.size(), "one contents entry per heading of levels 1 to 3");
        for (String link : links) {
            assertEquals(
                    1,
                    page.split(" id=\"" + Pattern.quote(link) + "\"", -1).length - 1,
                    "exactly one element with id " + link);
        }
    }

    @Test
    void theSameTreeGivesTheSameBytes() throws IOException {
        assertArrayEquals(html(), html());
    }
}
