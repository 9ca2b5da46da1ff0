/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.xlsform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.instruments.xform.Translations;
import org.phaen.instruments.xform.XmlText;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.calendar.ThaiDates;

/**
 * Writes an instrument as an XLSForm (survey, choices, settings) for KoboToolbox and pyxform. Built from the same
 * {@link FormOutline} as the XForm renderer, so form id, version, node names, list names and choice values are
 * identical and data collected with either form lands in the same columns.
 */
public final class XlsFormRenderer implements InstrumentRenderer {

    /** Declared in settings so pyxform keeps the {@code bind::phaen:uuid} column, as the XForm renderer does. */
    static final String PHAEN_NAMESPACE = "http://www.phaen.org/xforms/1.0";

    @Override
    public String format() {
        return "xlsform";
    }

    @Override
    public String fileExtension() {
        return "xlsform.xlsx"; // an .xlsx too: the double extension keeps it apart from the data-entry workbook
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        UnaryOperator<String> thai = options.thaiNumerals() ? ThaiDates::toThaiDigits : UnaryOperator.identity();
        FormOutline outline = FormOutline.of(instrument);
        // The same title the XForm renderer puts in h:title.
        String title = thai.apply(
                XmlText.firstOf(instrument.getName(), instrument.getNameEn(), instrument.getCode(), outline.formId()));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new SurveySheets(workbook, thai).write(outline);
            Sheets settings = new Sheets(workbook.createSheet("settings"));
            settings.row("form_title", "form_id", "version", "default_language", "namespaces");
            settings.row(
                    title,
                    outline.formId(),
                    Integer.toString(instrument.getVersion()),
                    Translations.THAI,
                    "phaen=\"" + PHAEN_NAMESPACE + "\"");
            settings.fit(5);
            workbook.write(out);
        }
    }
}
