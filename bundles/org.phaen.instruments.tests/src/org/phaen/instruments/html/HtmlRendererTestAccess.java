package org.phaen.instruments.html;

import java.io.IOException;
import org.jsoup.nodes.Document;
import org.phaen.model.EvaluationInstrument;

/** Lets tests of other packages parse rendered HTML the way the HTML tests do (HTML5 errors fail). */
public final class HtmlRendererTestAccess {

    private HtmlRendererTestAccess() {}

    public static Document parse(EvaluationInstrument instrument) throws IOException {
        return HtmlRendererTest.parse(instrument, false);
    }
}
