/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.instruments.xform.XmlText;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.calendar.ThaiDates;

/**
 * Writes an instrument as a data-entry workbook: one row per submission (for a KPI collection sheet, one agency
 * in one period, both of which are items of the instrument), one column per answerable item. The layout is
 * described in {@link EntrySheet}; choice lists live on a hidden sheet ({@link ChoiceLists}).
 */
public final class XlsxRenderer implements InstrumentRenderer {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        UnaryOperator<String> thai = options.thaiNumerals() ? ThaiDates::toThaiDigits : UnaryOperator.identity();
        // The XForm's outline, so columns, node names and choice values match the ODK forms of the same instrument.
        FormOutline outline = FormOutline.of(instrument);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            var entry = new EntrySheet(workbook, styles, thai);
            entry.write(instrument, outline, new ChoiceLists(workbook, thai));
            var properties = workbook.getProperties().getCoreProperties();
            properties.setTitle(XmlText.firstOf(instrument.getName(), instrument.getNameEn(), instrument.getCode()));
            properties.setIdentifier(XmlText.clean(instrument.getUuid()));
            properties.setRevision(Integer.toString(instrument.getVersion()));
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
