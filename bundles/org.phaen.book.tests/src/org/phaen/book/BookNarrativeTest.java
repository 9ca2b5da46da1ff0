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

    @Test
    void sectionsStandInTheirPartsAndPlaceTheirTables() throws Exception {
        StrategicPlan plan = Samples.regional();
        plan.getNarrative()
                .add(section(
                        SectionKind.FOREWORD, "", block(TextBlockKind.PARAGRAPH, "คำนำของแผนฉบับนี้ 2561", List.of())));
        NarrativeSection drive = section(
                SectionKind.IMPLEMENTATION,
                "แนวทางการขับเคลื่อน",
                block(TextBlockKind.NUMBERED_LIST, null, List.of("สื่อสารแผนสู่ทุกหน่วยงาน", "ประชุมทบทวนรายไตรมาส")));
        drive.getTablesAfter().add(ModelTable.DRIVE_ACTIVITIES);
        plan.getNarrative().add(drive);
        SwotItem strength = F.createSwotItem();
        strength.setUuid("5a1b2c3d-0000-4000-8000-000000000001");
        strength.setKind(SwotKind.STRENGTH);
        strength.setStatement("มีเครือข่ายภาคีเข้มแข็ง");
        strength.setEvidence("MOU 3 ฉบับ");
        plan.getSwotItems().add(strength);
        CoreValue value = F.createCoreValue();
        value.setUuid("5a1b2c3d-0000-4000-8000-000000000002");
        value.setCode("R");
        value.setName("รับผิดชอบ");
        plan.getCoreValues().add(value);
        try (XWPFDocument doc = Samples.written(StrategicBook.of(plan, BookOptions.strategic()), "R17-SP-narrative")) {
            List<String> paragraphs = BookDocx.shown(doc, true); // headings with their lists' numbers
            int foreword = paragraphs.indexOf("คำนำ");
            assertEquals(
                    "คำนำของแผนฉบับนี้ ๒๕๖๑",
                    paragraphs.get(foreword + 1),
                    "the foreword's text under its title, in Thai digits");
            int section = paragraphs.indexOf("๔.๑.๑ แนวทางการขับเคลื่อน");
            assertTrue(section > 0, "the implementation text is a topic of chapter 4.1");
            assertEquals("๑.\tสื่อสารแผนสู่ทุกหน่วยงาน", paragraphs.get(section + 1));
            assertEquals(
                    "๔.๑.๒ กิจกรรมขับเคลื่อนแผน",
                    paragraphs.get(section + 3),
                    "the table it names follows it, and only once");
            assertEquals(
                    1,
                    paragraphs.stream()
                            .filter(p -> p.endsWith("กิจกรรมขับเคลื่อนแผน"))
                            .count());
            BookDocx book = new BookDocx(doc);
            assertEquals(
                    List.of("S๑", "มีเครือข่ายภาคีเข้มแข็ง", "MOU ๓ ฉบับ"),
                    BookDocx.cells(book.row(strength.getUuid()).orElseThrow()));
            assertEquals(
                    List.of("R", "รับผิดชอบ", ""),
                    BookDocx.cells(book.row(value.getUuid()).orElseThrow()));
            assertTrue(paragraphs.indexOf("๑.๒ การวิเคราะห์สภาพแวดล้อม")
                    > paragraphs.indexOf("ส่วนที่ ๑ บริบทและการวิเคราะห์สภาพแวดล้อม"));
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
