/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.xlsform;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.Wording;
import org.phaen.instruments.ValueRange;
import org.phaen.instruments.xform.Choice;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.instruments.xform.FormOutline.Block;
import org.phaen.instruments.xform.FormOutline.Question;
import org.phaen.instruments.xform.ItemControl;
import org.phaen.instruments.xform.XmlText;
import org.phaen.model.InstrumentItem;

/**
 * The {@code survey} and {@code choices} sheets: a begin/end group pair per section, one row per item, and each
 * choice list once, in the order the XForm renderer names them. Texts fall back as in the XForm: English shows the
 * Thai when the model has none, Thai digits only in Thai texts.
 */
final class SurveySheets {

    static final String[] SURVEY_COLUMNS = {
        "type",
        "name",
        "label::Thai (th)",
        "label::English (en)",
        "hint::Thai (th)",
        "hint::English (en)",
        "required",
        "bind::phaen:uuid",
        "constraint",
        "constraint_message::Thai (th)",
        "constraint_message::English (en)"
    };
    static final String[] CHOICES_COLUMNS = {"list_name", "name", "label::Thai (th)", "label::English (en)"};

    private final Sheets survey;
    private final Sheets choices;
    private final UnaryOperator<String> thai;
    private final Set<String> listsWritten = new HashSet<>();

    SurveySheets(XSSFWorkbook workbook, UnaryOperator<String> thai) {
        this.survey = new Sheets(workbook.createSheet("survey"));
        this.choices = new Sheets(workbook.createSheet("choices"));
        this.thai = thai;
    }

    void write(FormOutline outline) {
        survey.row(SURVEY_COLUMNS);
        choices.row(CHOICES_COLUMNS);
        for (Block block : outline.blocks()) {
            if (block.isGroup()) {
                survey.row(
                        "begin_group",
                        block.name(),
                        thai.apply(block.label()),
                        XmlText.firstOf(block.labelEn(), block.label()));
            }
            block.questions().forEach(this::question);
            if (block.isGroup()) {
                survey.row("end_group", block.name());
            }
        }
        survey.fit(SURVEY_COLUMNS.length);
        choices.fit(CHOICES_COLUMNS.length);
    }

    private void question(Question question) {
        InstrumentItem item = question.item();
        String th = XmlText.firstOf(item.getName(), item.getNameEn(), item.getCode(), question.name());
        String en = XmlText.firstOf(item.getNameEn(), th);
        String hint = XmlText.firstOf(item.getHint());
        // Never required on a note: nobody could answer it (the XForm renderer makes the same choice).
        boolean required = item.isRequired() && question.control() != ItemControl.NOTE;
        ValueRange range = ValueRange.of(item);
        survey.row(
                type(question),
                question.name(),
                thai.apply(th),
                en,
                thai.apply(hint),
                XmlText.firstOf(item.getHintEn(), hint),
                required ? "yes" : "",
                XmlText.clean(item.getUuid()),
                range == null ? "" : range.xpath(),
                range == null ? "" : thai.apply(range.message(Wording.THAI)),
                range == null ? "" : range.message(Wording.ENGLISH));
        if (question.choiceList() != null && listsWritten.add(question.choiceList())) {
            for (Choice choice : question.choices()) {
                choices.row(question.choiceList(), choice.value(), thai.apply(choice.labelTh()), choice.labelEn());
            }
        }
    }

    static String type(Question question) {
        return switch (question.control()) {
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case TEXT -> "text";
            case DATE -> "date";
            case NOTE -> "note";
            case SELECT_ONE -> "select_one " + question.choiceList();
            case SELECT_MANY -> "select_multiple " + question.choiceList();
        };
    }
}
