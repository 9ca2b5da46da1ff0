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
