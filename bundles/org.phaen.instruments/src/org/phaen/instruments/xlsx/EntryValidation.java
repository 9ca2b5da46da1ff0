/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.phaen.documents.Wording;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.ValueRange;
import org.phaen.instruments.xform.FormOutline.Question;
import org.phaen.instruments.xform.XmlText;

/**
 * The data validation of one entry column, from the first entry row to the sheet's last row: a drop-down of Thai
 * labels for single choices (RATING, YES_NO, SELECT_ONE), whole or decimal numbers, dates. Multiple choice has no
 * Excel equivalent, so it is free text with the choices in the input prompt. The item's hint is the prompt.
 */
final class EntryValidation {

    static final String DATE_PROMPT = FormTexts.THAI.text("entry.datePrompt");

    /** Excel's limits on a validation's prompt title and text. */
    private static final int TITLE_MAX = 32, TEXT_MAX = 255;

    private final XSSFSheet sheet;
    private final ChoiceLists lists;
    private final UnaryOperator<String> thai;
    private final XSSFDataValidationHelper helper;

    EntryValidation(XSSFSheet sheet, ChoiceLists lists, UnaryOperator<String> thai) {
        this.sheet = sheet;
        this.lists = lists;
        this.thai = thai;
        this.helper = new XSSFDataValidationHelper(sheet);
    }

    void add(Question question, int column) {
        String prompt = thai.apply(XmlText.firstOf(question.item().getHint()));
        ValueRange range = ValueRange.of(question.item());
        DataValidationConstraint constraint = switch (question.control()) {
            case SELECT_ONE ->
                helper.createFormulaListConstraint(lists.rangeName(question.choiceList(), question.choices()));
            case INTEGER ->
                helper.createIntegerConstraint(
                        OperatorType.BETWEEN, low(range, "-999999999999"), high(range, "999999999999"));
            case DECIMAL ->
                helper.createDecimalConstraint(OperatorType.BETWEEN, low(range, "-1E+15"), high(range, "1E+15"));
            case DATE -> {
                // The range refuses a B.E. year typed by habit (2562 is past 2399), and the prompt says why.
                prompt = (prompt.isEmpty() ? "" : prompt + "\n") + thai.apply(DATE_PROMPT);
                yield helper.createDateConstraint(
                        OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2399,12,31)", SheetStyles.DATE_TYPED);
            }
            case SELECT_MANY -> {
                prompt = (prompt.isEmpty() ? "" : prompt + "\n")
                        + FormTexts.THAI.text(
                                "entry.manyChoices",
                                question.choices().stream()
                                        .map(c -> thai.apply(c.labelTh()))
                                        .collect(Collectors.joining(" ; ")));
                yield null;
            }
            case TEXT, NOTE -> null;
        };
        if (constraint == null && prompt.isEmpty()) {
            return;
        }
        if (constraint == null) {
            // A validation that allows anything, only to carry the prompt.
            constraint = helper.createCustomConstraint("TRUE");
        }
        int last = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation = helper.createValidation(
                constraint, new CellRangeAddressList(EntrySheet.FIRST_ENTRY_ROW, last, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(
                FormTexts.THAI.text("entry.invalid"),
                range == null
                        ? FormTexts.bilingual("entry.invalidHint")
                        : thai.apply(range.message(Wording.THAI)) + " (" + range.message(Wording.ENGLISH) + ")");
        if (!prompt.isEmpty()) {
            String title = XmlText.firstOf(question.item().getName());
            validation.createPromptBox(cut(thai.apply(title), TITLE_MAX), cut(prompt, TEXT_MAX));
            validation.setShowPromptBox(true);
        }
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** The range's bounds as Excel takes them, or the widest numbers Excel stores exactly when a side is open. */
    private static String low(ValueRange range, String open) {
        return range == null || range.min() == null ? open : range.min().toPlainString();
    }

    private static String high(ValueRange range, String open) {
        return range == null || range.max() == null ? open : range.max().toPlainString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
