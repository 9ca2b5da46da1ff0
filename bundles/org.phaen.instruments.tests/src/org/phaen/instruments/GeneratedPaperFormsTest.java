/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.docx.DocxRendererTestAccess;
import org.phaen.instruments.html.HtmlRendererTestAccess;
import org.phaen.instruments.xlsx.XlsxGeneratedInstrumentsTestAccess;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;

/** Every kind the generator builds from the sample plan, as HTML (jsoup) and DOCX (POI), carries every item; DOCX tables are complete. */
class GeneratedPaperFormsTest {

    @Test
    void htmlAndDocxOfEveryGeneratedKindCarryEveryItem() throws Exception {
        Set<InstrumentKind> kinds = new HashSet<>();
        for (EvaluationInstrument instrument : XlsxGeneratedInstrumentsTestAccess.generated()) {
            kinds.add(instrument.getKind());
            Document html = HtmlRendererTestAccess.parse(instrument);
            try (XWPFDocument docx = DocxRendererTestAccess.renderAndRead(instrument)) {
                String words = DocxRendererTestAccess.paragraphs(docx).stream()
                        .map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n"));
                assertTrue(words.contains(instrument.getName()), instrument.getCode());
                // Complete tables (a grid column per cell) and a footer on every page, as readers like pandoc need.
                docx.getTables()
                        .forEach(t -> assertEquals(
                                t.getRow(0).getTableCells().size(),
                                t.getCTTbl().getTblGrid().sizeOfGridColArray(),
                                instrument.getCode()));
                assertEquals(1, docx.getFooterList().size(), instrument.getCode());
                for (InstrumentItem item : instrument.getItems()) {
                    assertEquals(
                            1,
                            html.select("[data-uuid=\"" + item.getUuid() + "\"]")
                                    .size(),
                            item.getUuid());
                    assertTrue(words.contains(item.getName()), instrument.getCode() + ": " + item.getName());
                }
            }
        }
        assertEquals(Set.of(InstrumentKind.values()), kinds);
    }
}
