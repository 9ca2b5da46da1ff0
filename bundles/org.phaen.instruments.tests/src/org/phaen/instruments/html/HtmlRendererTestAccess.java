/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
