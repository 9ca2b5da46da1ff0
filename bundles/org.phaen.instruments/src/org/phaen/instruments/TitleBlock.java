/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.regex.Pattern;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.calendar.ThaiDates;

/**
 * The texts at the top of every paper form, whatever its format: form code, title, English title,
 * fiscal year, issue, and the instructions. Lines that do not apply are null. Computed once here so the
 * HTML, DOCX and PDF forms say the same thing.
 */
public record TitleBlock(
        String formCode,
        String title,
        String titleEn,
        String fiscalYear,
        String issue,
        boolean rateInstruction,
        boolean requiredInstruction) {

    public static final String INSTRUCTIONS = FormTexts.THAI.text("instructions");
    public static final String RATE_INSTRUCTION = FormTexts.THAI.text("instructions.rate");

    /** Titles the generator writes already end with the fiscal year; saying it twice looks careless. */
    private static final Pattern NAMES_A_YEAR = Pattern.compile(FormTexts.THAI.text("namesAYear"));

    public static TitleBlock of(EvaluationInstrument instrument, RenderOptions options) {
        String code = blank(instrument.getCode()) ? null : FormTexts.THAI.text("formTitle", instrument.getCode());
        String title = instrument.getName() == null ? "" : instrument.getName();
        String year =
                instrument.getFiscalYear() <= 0 || NAMES_A_YEAR.matcher(title).find()
                        ? null
                        : FormTexts.THAI.text("fiscalYear", options.digits(instrument.getFiscalYear()));
        StringBuilder issue = new StringBuilder();
        if (instrument.getVersion() > 0) {
            issue.append(FormTexts.THAI.text("issue", options.digits(instrument.getVersion())));
        }
        if (options.issued() != null) {
            issue.append(issue.isEmpty() ? "" : " ")
                    .append(FormTexts.THAI.text("issued", options.digits(ThaiDates.formatLong(options.issued()))));
        }
        return new TitleBlock(
                code,
                title,
                blank(instrument.getNameEn()) ? null : instrument.getNameEn(),
                year,
                issue.isEmpty() ? null : issue.toString(),
                FormLayout.hasRatings(instrument.getItems()),
                instrument.getItems().stream().anyMatch(InstrumentItem::isRequired));
    }

    /** The instruction that items marked {@code mark} (an asterisk, or one marked up) must be answered. */
    public static String requiredInstruction(String mark) {
        return FormTexts.THAI.text("instructions.required", mark);
    }

    public boolean hasInstructions() {
        return rateInstruction || requiredInstruction;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
