/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.DecimalData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/** The survey with every item kind, rendered and then read by JavaRosa, ODK's own form engine. */
class XFormRendererTest {

    private static final String S1 = "/data/section_1/";
    private static final String S2 = "/data/section_2/";

    private EvaluationInstrument instrument;
    private JavaRosaForm form;

    @BeforeEach
    void render() throws Exception {
        instrument = TestInstruments.everyItemKind();
        form = new JavaRosaForm(render(instrument, false));
    }

    static byte[] render(EvaluationInstrument instrument, boolean thaiNumerals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XFormRenderer().render(instrument, new RenderOptions(thaiNumerals, LocalDate.of(2019, 5, 1)), out);
        return out.toByteArray();
    }

    @Test
    void formatAndExtension() {
        assertEquals("xform", new XFormRenderer().format());
        assertEquals("xml", new XFormRenderer().fileExtension());
    }

    @Test
    void everyItemIsAQuestionOfTheRightTypeInItsSection() {
        assertEquals(
                List.of(
                        S1 + "Q1",
                        S2 + "Q2",
                        S2 + "Q3",
                        S2 + "Q4",
                        S2 + "Q5",
                        S2 + "Q6",
                        S2 + "Q7",
                        S2 + "Q8",
                        S2 + "Q9",
                        S2 + "Q10"),
                List.copyOf(form.questions.keySet()));
        assertEquals(List.of("ส่วนที่ 1", "ส่วนที่ 2"), form.groups);
        assertType(S1 + "Q1", Constants.CONTROL_INPUT, Constants.DATATYPE_TEXT);
        assertTrue(question(S1 + "Q1").isReadOnly(), "a note is read-only");
        assertType(S2 + "Q2", Constants.CONTROL_SELECT_ONE, Constants.DATATYPE_CHOICE);
        assertType(S2 + "Q3", Constants.CONTROL_SELECT_ONE, Constants.DATATYPE_CHOICE);
        assertType(S2 + "Q5", Constants.CONTROL_INPUT, Constants.DATATYPE_INTEGER);
        assertType(S2 + "Q6", Constants.CONTROL_INPUT, Constants.DATATYPE_DECIMAL);
        assertType(S2 + "Q7", Constants.CONTROL_SELECT_ONE, Constants.DATATYPE_CHOICE);
        assertType(S2 + "Q8", Constants.CONTROL_INPUT, Constants.DATATYPE_DATE);
        assertType(S2 + "Q9", Constants.CONTROL_INPUT, Constants.DATATYPE_TEXT);
        assertType(S2 + "Q10", Constants.CONTROL_SELECT_MULTI, Constants.DATATYPE_CHOICE_LIST);
        form.questions.forEach(
                (ref, prompt) -> assertEquals(ref.endsWith("/Q3") || ref.endsWith("/Q4"), prompt.isRequired(), ref));
        form.questions.forEach((ref, prompt) -> assertEquals(ref.endsWith("/Q1"), prompt.isReadOnly(), ref));
    }

    @Test
    void labelsAreThaiByDefaultAndEnglishAsASecondLanguage() {
        assertArrayEquals(
                new String[] {JavaRosaForm.THAI, JavaRosaForm.ENGLISH},
                form.localizer().getAvailableLocales());
        assertEquals(JavaRosaForm.THAI, form.localizer().getDefaultLocale());
        assertEquals(instrument.getName(), form.form.getTitle());
        List<InstrumentItem> items = instrument.getItems();
        int i = 0;
        for (FormEntryPrompt prompt : form.questions.values()) {
            InstrumentItem item = items.get(i++);
            assertEquals(item.getName(), form.label(prompt, JavaRosaForm.THAI));
            assertEquals(item.getNameEn(), form.label(prompt, JavaRosaForm.ENGLISH));
            assertEquals(item.getName(), prompt.getQuestionText(), "the default language is Thai");
        }
        // Every text exists in both languages: JavaRosa itself would silently fall back to Thai.
        assertEquals(
                form.localizer().getLocaleData(JavaRosaForm.THAI).keySet(),
                form.localizer().getLocaleData(JavaRosaForm.ENGLISH).keySet());
        assertEquals("ค่าเป้าหมาย ร้อยละ 85", question(S2 + "Q6").getHelpText());
        assertNull(question(S2 + "Q5").getHelpText());
    }

    @Test
    void ratingChoicesFollowTheScaleWithThaiAndEnglishLabels() {
        List<SelectChoice> choices = question(S2 + "Q3").getSelectChoices();
        assertEquals(
                List.of("5", "4", "3", "2", "1"),
                choices.stream().map(SelectChoice::getValue).toList());
        assertEquals(
                List.of("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"),
                choices.stream()
                        .map(c -> form.text(c.getTextID(), JavaRosaForm.THAI))
                        .toList());
        assertEquals(
                List.of("Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"),
                choices.stream()
                        .map(c -> form.text(c.getTextID(), JavaRosaForm.ENGLISH))
                        .toList());
        assertEquals("มากที่สุด", question(S2 + "Q3").getSelectChoiceText(choices.get(0)));
        List<SelectChoice> yesNo = question(S2 + "Q7").getSelectChoices();
        assertEquals(
                List.of("yes", "no"), yesNo.stream().map(SelectChoice::getValue).toList());
        assertEquals(
                List.of("ใช่", "ไม่ใช่"),
                yesNo.stream()
                        .map(c -> form.text(c.getTextID(), JavaRosaForm.THAI))
                        .toList());
        assertEquals(
                List.of("Yes", "No"),
                yesNo.stream()
                        .map(c -> form.text(c.getTextID(), JavaRosaForm.ENGLISH))
                        .toList());
        assertEquals(5, question(S2 + "Q10").getSelectChoices().size());
    }

    @Test
    void formIdVersionAndInstanceIdAreSet() {
        TreeElement root = form.form.getMainInstance().getRoot();
        assertEquals("SAT-2562-PLK62-01", root.getAttributeValue(null, "id"));
        assertEquals("3", root.getAttributeValue(null, "version"));
        assertEquals(instrument.getUuid(), root.getAttributeValue(JavaRosaForm.PHAEN, "instrument"));
        TreeElement instanceId = root.getChildrenWithName("meta")
                .get(0)
                .getChildrenWithName("instanceID")
                .get(0);
        assertTrue(instanceId.getValue().getDisplayText().startsWith("uuid:"), "JavaRosa ran the uid preload");
    }

    @Test
    void everyBindCarriesItsItemUuid() {
        List<InstrumentItem> items = instrument.getItems();
        int i = 0;
        for (FormEntryPrompt prompt : form.questions.values()) {
            assertEquals(items.get(i++).getUuid(), form.bindAttribute(prompt, JavaRosaForm.PHAEN, "uuid"));
        }
    }

    @Test
    void requiredRatingsMustBeAnsweredAndTypedAnswersAreAccepted() throws Exception {
        ValidateOutcome empty = form.validate();
        assertNotNull(empty, "two required ratings are unanswered");
        assertEquals(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY, empty.outcome);
        assertEquals(S2 + "Q3", empty.failedPrompt.getReference().toString(false));
        Map<String, IAnswerData> answers = Map.of(
                S2 + "Q3",
                choice(S2 + "Q3", 0),
                S2 + "Q4",
                choice(S2 + "Q4", 4),
                S2 + "Q5",
                new IntegerData(42),
                S2 + "Q6",
                new DecimalData(87.5),
                S2 + "Q7",
                choice(S2 + "Q7", 0),
                S2 + "Q8",
                new DateData(new Date(1556668800000L)),
                S2 + "Q9",
                new StringData("ดีมาก ขอบคุณครับ"),
                S2 + "Q10",
                new SelectMultiData(List.of(
                        question(S2 + "Q10").getSelectChoices().get(1).selection(),
                        question(S2 + "Q10").getSelectChoices().get(3).selection())));
        answers.forEach((ref, answer) -> assertEquals(
                FormEntryController.ANSWER_OK,
                form.controller.answerQuestion(question(ref).getIndex(), answer, true),
                ref));
        assertNull(form.validate(), "all required answers given");
        String submission = new String(
                new XFormSerializingVisitor().serializeInstance(form.form.getInstance()), StandardCharsets.UTF_8);
        assertTrue(submission.contains("<Q3>5</Q3>"), submission);
        assertTrue(submission.contains("<Q10>4 2</Q10>"), submission);
        assertTrue(submission.contains("<Q9>ดีมาก ขอบคุณครับ</Q9>"), submission);
        assertTrue(submission.contains("phaen:instrument=\"" + instrument.getUuid() + "\""), submission);
    }

    /** ODK's engine refuses a percent of 150 and a count of -20, and says what to enter in both languages. */
    @Test
    void numbersKeepToTheRangeTheirIndicatorImplies() {
        String count = S2 + "Q5", percent = S2 + "Q6";
        assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, answer(percent, new DecimalData(150)));
        assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, answer(percent, new DecimalData(-0.5)));
        assertEquals(FormEntryController.ANSWER_OK, answer(percent, new DecimalData(100)));
        assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, answer(count, new IntegerData(-20)));
        assertEquals(FormEntryController.ANSWER_OK, answer(count, new IntegerData(0)));
        assertEquals("กรอกตัวเลขตั้งแต่ 0 ถึง 100", form.text(percent + ":constraintMsg", JavaRosaForm.THAI));
        assertEquals("Enter a number from 0 to 100", form.text(percent + ":constraintMsg", JavaRosaForm.ENGLISH));
        assertEquals("Enter a number of 0 or more", form.text(count + ":constraintMsg", JavaRosaForm.ENGLISH));
    }

    private int answer(String ref, IAnswerData value) {
        return form.controller.answerQuestion(question(ref).getIndex(), value, true);
    }

    @Test
    void thaiNumeralsChangeOnlyTheThaiTexts() throws Exception {
        JavaRosaForm thai = new JavaRosaForm(render(instrument, true));
        FormEntryPrompt percent = thai.questions.get(S2 + "Q6");
        assertEquals("ค่าเป้าหมาย ร้อยละ ๘๕", percent.getHelpText());
        assertTrue(thai.form.getTitle().endsWith("พ.ศ. ๒๕๖๒"), thai.form.getTitle());
        assertEquals("Pupils taking part (persons)", thai.label(thai.questions.get(S2 + "Q5"), JavaRosaForm.ENGLISH));
        assertEquals(
                List.of("5", "4", "3", "2", "1"),
                thai.questions.get(S2 + "Q3").getSelectChoices().stream()
                        .map(SelectChoice::getValue)
                        .toList());
    }

    private SelectOneData choice(String ref, int index) {
        return new SelectOneData(question(ref).getSelectChoices().get(index).selection());
    }

    private FormEntryPrompt question(String ref) {
        FormEntryPrompt prompt = form.questions.get(ref);
        assertNotNull(prompt, ref);
        return prompt;
    }

    private void assertType(String ref, int control, int dataType) {
        assertEquals(control, question(ref).getControlType(), ref + " control");
        assertEquals(dataType, question(ref).getDataType(), ref + " data type");
    }
}
