/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.documents.docx.DocxText;
import org.phaen.model.Indicator;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;

/**
 * The book is a function of the plan: two runs give the same bytes, and after one edit of the plan only the
 * paragraphs the edit touches differ.
 */
class BookDeterminismTest {

    @Test
    void twoRunsGiveTheSameFile() throws Exception {
        StrategicPlan plan = Samples.regional();
        byte[] first = Samples.docx(StrategicBook.of(plan, BookOptions.strategic()));
        Thread.sleep(2100); // past the two-second resolution of zip entry times
        assertArrayEquals(first, Samples.docx(StrategicBook.of(Samples.regional(), BookOptions.strategic())));
    }

    @Test
    void oneEditedTargetChangesOneParagraphInItsIndicatorsRow() throws Exception {
        StrategicPlan plan = Samples.regional();
        List<String> before = paragraphs(Samples.docx(StrategicBook.of(plan, BookOptions.strategic())));
        Indicator indicator = plan.getStrategicIssues()
                .get(0)
                .getGoals()
                .get(0)
                .getIndicators()
                .get(0);
        Target target = indicator.getTargets().get(indicator.getTargets().size() - 1);
        target.setValue(target.getValue().add(new BigDecimal("7.5")));
        List<String> after = paragraphs(Samples.docx(StrategicBook.of(plan, BookOptions.strategic())));
        assertEquals(before.size(), after.size(), "the same paragraphs and rows");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "one paragraph differs: " + changed);
        String mark = "w:name=\"" + DocxText.bookmark(indicator.getUuid()) + "\"";
        int at = changed.get(0);
        while (at >= 0 && !before.get(at).contains(mark) && !before.get(at).startsWith("<w:tr")) {
            at--; // back through the cells of the row, up to its start
        }
        assertTrue(at >= 0 && before.get(at).contains(mark), "the changed paragraph is a cell of the indicator's row");
        assertTrue(after.get(changed.get(0)).contains(new BookText(BookOptions.strategic()).value(target.getValue())));
    }

    /** word/document.xml cut before every row and every paragraph: the units a reader sees change. */
    static List<String> paragraphs(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return List.of(xml.split("(?=<w:tr[ >])|(?=<w:p[ >])"));
                }
            }
        }
        throw new IOException("no word/document.xml");
    }
}
