/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.List;
import java.util.function.IntFunction;
import org.phaen.documents.Wording;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;

/**
 * Fixed wording of the instruments, so every format (HTML, DOCX, PDF, XLSX, XLSForm, XForm) says the same thing:
 * from {@code form_th.properties} and {@code form_en.properties} beside this class.
 */
public final class FormTexts {

    public static final Wording THAI = Wording.of("org.phaen.instruments.form", FormTexts.class, false);
    public static final Wording ENGLISH = Wording.of("org.phaen.instruments.form", FormTexts.class, true);

    public static final String DOTS = "......................................................";
    public static final String DATE_LINE = THAI.text("date", ".....", "..........", "......");
    public static final String YES = bilingual("yes"), NO = bilingual("no");
    public static final String SELECT_ALL = "(" + THAI.text("selectAll") + " " + ENGLISH.text("selectAll") + ")";
    public static final String THANKS = THAI.text("thanks");
    public static final List<String> SIGNATURE = signature("..............................");
    /** The name of the data-entry sheet of the XLSX instruments, which the monitoring importer looks for. */
    public static final String ENTRY_SHEET = THAI.text("entrySheet");

    private FormTexts() {}

    /** {@code ใช่ (Yes)}: the Thai word with the English in parentheses. */
    public static String bilingual(String key) {
        return THAI.text(key) + " (" + ENGLISH.text(key) + ")";
    }

    /** The lines a reporter signs: name, name in parentheses, position, date; {@code dots} are the blanks. */
    public static List<String> signature(String dots) {
        return List.of(
                THAI.text("signature.name", dots),
                "( " + dots + " )",
                THAI.text("signature.position", dots),
                DATE_LINE);
    }

    /** Surveys are anonymous and end with thanks; reports and checklists are signed by the person responsible. */
    public static boolean endsWithThanks(EvaluationInstrument instrument) {
        return instrument.isSetKind() && instrument.getKind() == InstrumentKind.SATISFACTION_SURVEY;
    }

    /** The printed identifier line, so a returned paper form can be matched to its instrument. */
    public static String formCodeLine(EvaluationInstrument instrument, RenderOptions options) {
        return formCodeLine(instrument, instrument.getCode() == null ? "" : instrument.getCode(), options::digits);
    }

    /** The identifier line with the code as {@code code} (e.g. marked up) and the version's digits by {@code digits}. */
    public static String formCodeLine(EvaluationInstrument instrument, String code, IntFunction<String> digits) {
        return THAI.text("formCode", code)
                + (instrument.getVersion() > 0 ? " " + THAI.text("issue", digits.apply(instrument.getVersion())) : "");
    }
}
