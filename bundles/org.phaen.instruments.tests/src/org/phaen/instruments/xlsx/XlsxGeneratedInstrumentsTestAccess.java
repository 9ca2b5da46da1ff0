/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
