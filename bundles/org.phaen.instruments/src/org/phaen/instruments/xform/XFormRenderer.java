/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.calendar.ThaiDates;

/**
 * Writes an instrument as an ODK XForm 1.0 for ODK Collect, Enketo and ODK Central: Thai (the default) and
 * English translations, one group per section, node names made safe from item codes, and each item's model
 * uuid on its bind as {@code phaen:uuid} so collected data can be matched back to items.
 */
public final class XFormRenderer implements InstrumentRenderer {

    @Override
    public String format() {
        return "xform";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        UnaryOperator<String> thai = options.thaiNumerals() ? ThaiDates::toThaiDigits : UnaryOperator.identity();
        FormOutline outline = FormOutline.of(instrument);
        String title = thai.apply(
                XmlText.firstOf(instrument.getName(), instrument.getNameEn(), instrument.getCode(), outline.formId()));
        new XFormBuilder(new Translations(thai))
                .build(instrument, outline, title)
                .write(out);
    }
}
