/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.RatingScale;

/**
 * How a paper form is laid out, whatever its file format: a new part whenever an item's
 * {@code section} changes, one running number over the answerable items, consecutive ratings on
 * the same scale gathered into one table, and a leading note that already names its part (such
 * as {@code ส่วนที่ 1 ข้อมูลทั่วไป}) used as that part's heading. Renderers say how each piece looks.
 */
public final class FormLayout {

    /** What a renderer draws; {@link #walk} calls these in document order. */
    public interface Page {

        /** A part starts; {@code section} may be null or blank for items outside any section. Nothing by default. */
        default void partStart(String section) {}

        /** The part's heading when no leading note stands for it. */
        void heading(String section);

        /** A NOTE item; {@code asHeading} when it stands for its part's heading. */
        void note(InstrumentItem note, boolean asHeading);

        /** Consecutive rating items on one scale, numbered from {@code firstNumber}. */
        void ratings(RatingScale scale, List<InstrumentItem> rows, int firstNumber);

        void item(InstrumentItem item, int number);

        /** A part ends. Nothing by default: only a format with a part element (HTML) closes it. */
        default void partEnd() {}
    }

    private FormLayout() {}

    /** The item's kind; an item without one leaves room to write. */
    public static ItemKind kind(InstrumentItem item) {
        return item.isSetItemKind() ? item.getItemKind() : ItemKind.TEXT;
    }

    /** Whether the item has a scale with levels to offer as columns or choices. */
    public static boolean hasLevels(InstrumentItem item) {
        return item.getScale() != null && !item.getScale().getLevels().isEmpty();
    }

    /** Whether any item is drawn as a rating table (so the form needs the "tick one box per row" instruction). */
    public static boolean hasRatings(List<InstrumentItem> items) {
        return items.stream().anyMatch(FormLayout::isRating);
    }

    /** Walks the items in model order, calling the page for each piece. */
    public static void walk(List<InstrumentItem> items, Page page) {
        int number = 1;
        int i = 0;
        while (i < items.size()) {
            String section = items.get(i).getSection();
            int end = i;
            while (end < items.size() && Objects.equals(items.get(end).getSection(), section)) {
                end++;
            }
            number = part(section, items.subList(i, end), number, page);
            i = end;
        }
    }

    private static int part(String section, List<InstrumentItem> run, int number, Page page) {
        page.partStart(section);
        int i = 0;
        if (section != null && !section.isBlank()) {
            InstrumentItem first = run.get(0);
            if (kind(first) == ItemKind.NOTE
                    && first.getName() != null
                    && first.getName().startsWith(section.strip())) {
                page.note(first, true);
                i = 1;
            } else {
                page.heading(section);
            }
        }
        while (i < run.size()) {
            InstrumentItem item = run.get(i);
            if (kind(item) == ItemKind.NOTE) {
                page.note(item, false);
                i++;
            } else if (isRating(item)) {
                List<InstrumentItem> rows = new ArrayList<>();
                RatingScale scale = item.getScale();
                while (i < run.size()
                        && kind(run.get(i)) == ItemKind.RATING
                        && run.get(i).getScale() == scale) {
                    rows.add(run.get(i++));
                }
                page.ratings(scale, rows, number);
                number += rows.size();
            } else {
                page.item(item, number++);
                i++;
            }
        }
        page.partEnd();
        return number;
    }

    private static boolean isRating(InstrumentItem item) {
        return kind(item) == ItemKind.RATING && hasLevels(item);
    }
}
