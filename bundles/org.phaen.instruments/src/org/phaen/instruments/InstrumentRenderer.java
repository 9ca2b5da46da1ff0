/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.io.IOException;
import java.io.OutputStream;
import org.phaen.model.EvaluationInstrument;

/**
 * Writes an evaluation instrument in one format (HTML, XForm, DOCX, ...). Renderers read only the
 * {@link EvaluationInstrument} element, so a planner's edits to it show in every format.
 */
public interface InstrumentRenderer {

    /** The format's name on the command line, e.g. {@code html}, {@code xform}. */
    String format();

    /** The file extension, without the dot. */
    String fileExtension();

    void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException;
}
