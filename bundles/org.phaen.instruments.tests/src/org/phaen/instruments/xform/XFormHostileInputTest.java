/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.javarosa.core.model.Constants;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.parse.XFormParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.PhaenFactory;

/** Codes and texts nobody should trust still give a form JavaRosa accepts; a broken form is refused by the same check. */
class XFormHostileInputTest {

    /** What ODK tools accept as a node name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    @Test
    void hostileCodesGiveUniqueSafeNamesAndAValidForm() throws Exception {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        instrument.setCode("../../etc/แบบสอบถาม 2562/x");
        String[] codes = {"../x", "a/b", "ข้อหนึ่ง", "Q9", "q9", "meta", "xml-item", "", null, "1st"};
        for (int i = 0; i < codes.length; i++) {
            instrument.getItems().get(i).setCode(codes[i]);
        }
        JavaRosaForm form = new JavaRosaForm(XFormRendererTest.render(instrument, false));
        assertEquals("etc_2562_x", form.form.getMainInstance().getRoot().getAttributeValue(null, "id"));
        List<String> names = form.questions.keySet().stream()
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .toList();
        assertEquals(
                List.of("x", "a_b", "item_3", "Q9", "q9_2", "meta_2", "item_xml-item", "item_8", "item_9", "item_1st"),
                names);
        Set<String> unique = new HashSet<>();
        for (String name : names) {
            assertTrue(NAME.matcher(name).matches(), name);
            assertTrue(unique.add(name.toLowerCase(Locale.ROOT)), "unique without case: " + name);
        }
        assertUuidsMatchItems(form, instrument);
        assertEquals(List.of("ส่วนที่ 1", "ส่วนที่ 2"), form.groups);
        assertNotNull(form.validate(), "the two required ratings are still required");
    }

    @Test
    void markupControlCharactersAndEmojiInTextsAreCarriedExactly() throws Exception {
        EvaluationInstrument instrument = TestInstruments.everyItemKind();
        instrument.setName("แบบ <b>ทดสอบ</b> & \"อื่น ๆ\" 'x' \u0007]]>");
        InstrumentItem item = instrument.getItems().get(8);
        item.setName("ข้อเสนอแนะ <output value=\"/data\"/> & ${x} \u0000\uD800 😀");
        item.setNameEn("Suggestions </label> & 'quotes'");
        item.setSection("ส่วน <ที่> 2 & \"3\"");
        JavaRosaForm form = new JavaRosaForm(XFormRendererTest.render(instrument, false));
        assertEquals("แบบ <b>ทดสอบ</b> & \"อื่น ๆ\" 'x' ]]>", form.form.getTitle());
        FormEntryPrompt prompt = form.questions.values().stream()
                .filter(p -> p.getQuestion().getTextID().contains("Q9"))
                .findFirst()
                .orElseThrow();
        assertEquals("ข้อเสนอแนะ <output value=\"/data\"/> & ${x}  😀", form.label(prompt, JavaRosaForm.THAI));
        assertEquals("Suggestions </label> & 'quotes'", form.label(prompt, JavaRosaForm.ENGLISH));
        assertEquals(
                List.of("ส่วนที่ 1", "ส่วนที่ 2", "ส่วน <ที่> 2 & \"3\""),
                form.groups,
                "a section is one group, in first-seen order");
    }

    @Test
    void missingDataStillGivesAValidForm() throws Exception {
        PhaenFactory f = PhaenFactory.eINSTANCE;
        EvaluationInstrument instrument = f.createEvaluationInstrument();
        List<InstrumentItem> items = new ArrayList<>();
        for (ItemKind kind : Stream.concat(Stream.of((ItemKind) null), ItemKind.VALUES.stream())
                .toList()) {
            InstrumentItem item = f.createInstrumentItem();
            if (kind != null) {
                item.setItemKind(kind);
            }
            item.setRequired(true);
            items.add(item);
        }
        items.get(1 + ItemKind.SELECT_ONE_VALUE).setScale(f.createRatingScale()); // a scale with no levels
        instrument.getItems().addAll(items);
        JavaRosaForm form = new JavaRosaForm(XFormRendererTest.render(instrument, false));
        assertEquals("phaen_", form.form.getMainInstance().getRoot().getAttributeValue(null, "id"));
        assertEquals(items.size(), form.questions.size());
        long selects = form.questions.values().stream()
                .filter(p -> p.getControlType() != Constants.CONTROL_INPUT)
                .count();
        assertEquals(1, selects, "only yes/no has choices without a scale");
        assertTrue(form.questions.values().stream()
                .allMatch(p -> form.label(p, JavaRosaForm.THAI).startsWith("item_")));
    }

    static Stream<Arguments> brokenCopies() throws IOException {
        String good =
                new String(XFormRendererTest.render(TestInstruments.everyItemKind(), false), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("truncated", good.substring(0, good.length() / 2)),
                Arguments.of(
                        "control bound to a missing node",
                        replace(good, "<input ref=\"/data/section_2/Q5\">", "<input ref=\"/data/section_2/Q55\">")),
                Arguments.of(
                        "label without a text",
                        replace(good, "jr:itext('/data/section_2/Q5:label')", "jr:itext('/data/section_2/Q55:label')")),
                Arguments.of("broken XPath", replace(good, "required=\"true()\"", "required=\"true(\"")),
                Arguments.of("mismatched tags", replace(good, "</select1>", "</select>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void javaRosaRefusesABrokenCopy(String what, String broken) {
        XFormParseException refused = assertThrows(
                XFormParseException.class, () -> new JavaRosaForm(broken.getBytes(StandardCharsets.UTF_8)), what);
        assertNotNull(refused.getMessage());
    }

    private static String replace(String text, String what, String with) {
        assertTrue(text.contains(what), what);
        return text.replace(what, with);
    }

    private static void assertUuidsMatchItems(JavaRosaForm form, EvaluationInstrument instrument) {
        List<String> expected =
                instrument.getItems().stream().map(InstrumentItem::getUuid).toList();
        List<String> found = form.questions.values().stream()
                .map(p -> form.bindAttribute(p, JavaRosaForm.PHAEN, "uuid"))
                .toList();
        assertEquals(expected, found);
    }
}
