package org.phaen.instruments.html;

import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.RatingScale;

/**
 * Walks the items in model order: a new part whenever {@code section} changes, one running number
 * over all answerable items, and consecutive ratings on the same scale gathered into one table.
 */
final class SectionsHtml {

    private final StringBuilder out;
    private final ItemHtml items;
    private int number = 1;

    SectionsHtml(StringBuilder out, ItemHtml items) {
        this.out = out;
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
        out.append("<section class=\"part\"").append(section == null ? "" : attr("data-section", section)).append(">\n");
        int i = 0;
        if (section != null && !section.isBlank()) {
            // A leading note such as "ส่วนที่ 1 ข้อมูลทั่วไป" already names the part: let it be the heading.
            InstrumentItem first = run.get(0);
            if (ItemHtml.kind(first) == ItemKind.NOTE && first.getName() != null && first.getName().startsWith(section.strip())) {
                items.note(first, "h2");
                i = 1;
            } else {
                out.append("<h2>").append(text(section)).append("</h2>\n");
            }
        }
        while (i < run.size()) {
            InstrumentItem item = run.get(i);
            if (ItemHtml.kind(item) == ItemKind.NOTE) {
                items.note(item, "p");
                i++;
            } else if (ItemHtml.kind(item) == ItemKind.RATING && ItemHtml.hasLevels(item)) {
                List<InstrumentItem> rows = new ArrayList<>();
                RatingScale scale = item.getScale();
                while (i < run.size() && ItemHtml.kind(run.get(i)) == ItemKind.RATING && run.get(i).getScale() == scale) {
                    rows.add(run.get(i++));
                }
                items.ratingTable(scale, rows, number);
                number += rows.size();
            } else {
                items.item(item, number++);
                i++;
            }
        }
        out.append("</section>\n");
    }

    /** Whether any item is a rating, so the form needs the "tick one box per row" instruction. */
    static boolean hasRatings(List<InstrumentItem> all) {
        return all.stream().anyMatch(item -> ItemHtml.kind(item) == ItemKind.RATING && ItemHtml.hasLevels(item));
    }
}
