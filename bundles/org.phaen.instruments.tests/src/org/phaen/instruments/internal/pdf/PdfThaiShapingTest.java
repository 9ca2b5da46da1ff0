/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.documents.pdf.GlyphPositions;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.EvaluationInstrument;

/** Thai marks sit on their base consonant on every page of every generated form (the glyph-position check). */
class PdfThaiShapingTest {

    @Test
    void everyPageOfEveryGeneratedFormIsClean() throws Exception {
        for (EvaluationInstrument instrument : PdfRendererTest.generated()) {
            var out = new ByteArrayOutputStream();
            new PdfRenderer(false).render(instrument, new RenderOptions(false, null), out);
            assertEquals(List.of(), GlyphPositions.problems(out.toByteArray()), instrument.getCode());
        }
    }
}
