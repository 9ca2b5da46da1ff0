package org.phaen.instruments.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.RatingScale;

/**
 * Walks the items in model order as the HTML renderer does: a new part whenever {@code section}
 * changes, one running number over all answerable items, consecutive ratings on one scale in one table.
 */
final class DocxSections {

    private final XWPFDocument doc;
    private final DocxItems items;
    private int number = 1;

    DocxSections(XWPFDocument doc, DocxItems items) {
        this.doc = doc;
        this.items = items;
    }

    void write(List<InstrumentItem> all) {
        int i = 0;
        while (i < all.size()) {
            String section = all.get(i).getSection();
            int end = i;
            while (end < all.size() && Objects.equals(all.get(end).getSection(), section)) {
                end++;
            }
            part(section, all.subList(i, end));
            i = end;
        }
    }

    private void part(String section, List<InstrumentItem> run) {
        int i = 0;
        if (!DocxText.blank(section)) {
            // A leading note such as "ส่วนที่ 1 ข้อมูลทั่วไป" already names the part: let it be the heading.
            InstrumentItem first = run.get(0);
            if (DocxItems.kind(first) == ItemKind.NOTE && first.getName() != null && first.getName().startsWith(section.strip())) {
                items.note(first, true);
                i = 1;
            } else {
                XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 60);
                p.setKeepNext(true);
                ThaiRuns.run(p, section, 17, true);
            }
        }
        while (i < run.size()) {
            InstrumentItem item = run.get(i);
            if (DocxItems.kind(item) == ItemKind.NOTE) {
                items.note(item, false);
                i++;
            } else if (DocxItems.kind(item) == ItemKind.RATING && DocxItems.hasLevels(item)) {
                List<InstrumentItem> rows = new ArrayList<>();
                RatingScale scale = item.getScale();
                while (i < run.size() && DocxItems.kind(run.get(i)) == ItemKind.RATING && run.get(i).getScale() == scale) {
                    rows.add(run.get(i++));
                }
                RatingTable.write(doc, items, scale, rows, number);
                number += rows.size();
            } else {
                items.item(item, number++);
                i++;
            }
        }
    }

    static boolean hasRatings(List<InstrumentItem> all) {
        return all.stream().anyMatch(item -> DocxItems.kind(item) == ItemKind.RATING && DocxItems.hasLevels(item));
    }
}
