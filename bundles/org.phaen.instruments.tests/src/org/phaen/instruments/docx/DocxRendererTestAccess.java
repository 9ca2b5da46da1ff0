/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.EvaluationInstrument;

/** Lets tests of other packages read rendered DOCX the way the DOCX tests do. */
public final class DocxRendererTestAccess {

    private DocxRendererTestAccess() {}

    public static XWPFDocument renderAndRead(EvaluationInstrument instrument) throws IOException {
        return DocxRendererTest.renderAndRead(instrument, new RenderOptions(false, LocalDate.of(2019, 10, 1)));
    }

    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        return DocxRendererTest.paragraphs(doc);
    }
}
