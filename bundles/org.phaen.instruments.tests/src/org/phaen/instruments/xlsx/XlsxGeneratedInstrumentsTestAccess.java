package org.phaen.instruments.xlsx;

import java.util.List;
import org.phaen.model.EvaluationInstrument;

/** Lets the XLSForm tests use the same generated instruments. */
public final class XlsxGeneratedInstrumentsTestAccess {

    private XlsxGeneratedInstrumentsTestAccess() {}

    public static List<EvaluationInstrument> generated() throws Exception {
        return XlsxGeneratedInstrumentsTest.generated();
    }
}
