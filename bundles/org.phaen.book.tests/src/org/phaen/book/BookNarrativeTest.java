/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.model.CoreValue;
import org.phaen.model.ModelTable;
import org.phaen.model.NarrativeSection;
import org.phaen.model.PhaenFactory;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicPlan;
import org.phaen.model.SwotItem;
import org.phaen.model.SwotKind;
import org.phaen.model.TextBlock;
import org.phaen.model.TextBlockKind;

/** The plan's own text (model 1.1) in its parts of the book, with the model's tables where the text places them. */
class BookNarrativeTest {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;
    private final BookText thai = new BookText(BookOptions.strategic());

    /** The sample's own narrative: foreword, the Part 4 section that places the drive activities, its SWOT and core values. */
    @Test
    void theSamplesSectionsStandInTheirPartsAndPlaceTheirTables() throws Exception {
        StrategicPlan plan = Samples.regional();
        NarrativeSection foreword = plan.getNarrative().stream()
                .filter(n -> n.getKind() == SectionKind.FOREWORD)
                .findFirst()
                .orElseThrow();
        NarrativeSection drive = plan.getNarrative().stream()
                .filter(n -> n.getTablesAfter().contains(ModelTable.DRIVE_ACTIVITIES))
                .findFirst()
                .orElseThrow();
        SwotItem strength = plan.getSwotItems().stream()
                .filter(i -> i.getKind() == SwotKind.STRENGTH && i.getEvidence() != null)
                .findFirst()
                .orElseThrow();
        CoreValue value = plan.getCoreValues().get(0);
        try (XWPFDocument doc = Samples.written(StrategicBook.of(plan, BookOptions.strategic()), "R17-SP-narrative")) {
            List<String> paragraphs = BookDocx.shown(doc, true); // headings with their lists' numbers
            int at = paragraphs.indexOf(foreword.getHeading());
            assertEquals(
                    thai.digits(foreword.getBlocks().get(0).getText()),
                    paragraphs.get(at + 1),
                    "the foreword's text under its title, in Thai digits");
            int section = paragraphs.indexOf("๔.๑.๑ " + drive.getHeading());
            assertTrue(section > 0, "the implementation text is a topic of chapter 4.1");
            assertEquals(thai.digits(drive.getBlocks().get(0).getText()), paragraphs.get(section + 1));
            List<String> items = drive.getBlocks().get(1).getItems();
            assertEquals("๑.\t" + thai.digits(items.get(0)), paragraphs.get(section + 2));
            assertEquals(
                    "๔.๑.๒ กิจกรรมขับเคลื่อนแผน",
                    paragraphs.get(section + 2 + items.size()),
                    "the table it names follows it, and only once");
            assertEquals(
                    1,
                    paragraphs.stream()
                            .filter(p -> p.endsWith("กิจกรรมขับเคลื่อนแผน"))
                            .count());
            BookDocx book = new BookDocx(doc);
            assertEquals(
                    List.of("S๑", thai.digits(strength.getStatement()), thai.digits(strength.getEvidence())),
                    BookDocx.cells(book.row(strength.getUuid()).orElseThrow()));
            assertEquals(
                    List.of(value.getCode(), value.getName(), value.getDescription()),
                    BookDocx.cells(book.row(value.getUuid()).orElseThrow()));
            assertTrue(paragraphs.indexOf("๑.๓.๑ ผลการวิเคราะห์สภาพแวดล้อม (SWOT)")
                    > paragraphs.indexOf("ส่วนที่ ๑ บริบทและการวิเคราะห์สภาพแวดล้อม"));
        }
    }

    /** A foreword without a heading of its own takes the book's word for it; a core value without a description an empty cell. */
    @Test
    void sectionsAddedToAPlanTakeTheirPlaces() throws Exception {
        StrategicPlan plan = Samples.regional();
        plan.getNarrative().removeIf(n -> n.getKind() == SectionKind.FOREWORD);
        plan.getNarrative()
                .add(section(
                        SectionKind.FOREWORD, "", block(TextBlockKind.PARAGRAPH, "คำนำของแผนฉบับนี้ 2561", List.of())));
        CoreValue value = F.createCoreValue();
        value.setUuid("5a1b2c3d-0000-4000-8000-000000000002");
        value.setCode("Z");
        value.setName("รับผิดชอบ");
        plan.getCoreValues().add(value);
        try (XWPFDocument doc =
                Samples.written(StrategicBook.of(plan, BookOptions.strategic()), "R17-SP-narrative-added")) {
            List<String> paragraphs = BookDocx.shown(doc, true); // headings with their lists' numbers
            assertEquals("คำนำของแผนฉบับนี้ ๒๕๖๑", paragraphs.get(paragraphs.indexOf("คำนำ") + 1));
            assertEquals(
                    List.of("Z", "รับผิดชอบ", ""),
                    BookDocx.cells(new BookDocx(doc).row(value.getUuid()).orElseThrow()));
        }
    }

    private static NarrativeSection section(SectionKind kind, String heading, TextBlock block) {
        NarrativeSection s = F.createNarrativeSection();
        s.setUuid(java.util.UUID.nameUUIDFromBytes((kind + heading).getBytes()).toString());
        s.setKind(kind);
        s.setHeading(heading);
        s.getBlocks().add(block);
        return s;
    }

    private static TextBlock block(TextBlockKind kind, String text, List<String> items) {
        TextBlock b = F.createTextBlock();
        b.setUuid(java.util
                .UUID
                .nameUUIDFromBytes((kind + String.valueOf(text) + items).getBytes())
                .toString());
        b.setKind(kind);
        b.setText(text);
        b.getItems().addAll(items);
        return b;
    }
}
