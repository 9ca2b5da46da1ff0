/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.docx.ColumnWidths.Need;
import org.phaen.documents.flow.Table;
import org.phaen.documents.flow.TableGrid;

/**
 * Column widths of a {@link Table} in twips adding up to the text width: columns with a share get it, the others
 * are sized from their texts with {@link ColumnWidths} (header cells ask only for their widest word, as in the
 * reports, since one header row wrapping costs less than every body row wrapping; spanning cells ask nothing). A
 * column whose texts are all short (a unit, a year, an amount) asks to hold them on one line, so long texts wrap
 * rather than “ร้อยละ” breaking into two lines.
 */
public final class DocxFlowWidths {

    /** Twips up to which a column's longest text counts as short (2 cm). */
    private static final int SHORT = 1134;

    /** Twips under which a column of a fixed share is checked for words wider than itself (3 cm). */
    private static final int NARROW = 1701;

    private DocxFlowWidths() {}

    /** Widths in twips of the columns of {@code t} filling {@code total} twips. */
    public static int[] of(Table t, int total) {
        int n = t.columns().size();
        int[] widths = new int[n];
        int fixed = 0;
        List<Integer> auto = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double share = t.columns().get(c).share();
            if (share > 0) {
                widths[c] = (int) Math.round(total * share);
                fixed += widths[c];
            } else {
                auto.add(c);
            }
        }
        if (auto.isEmpty()) {
            widths[n - 1] += total - fixed;
            return widenToWords(t, widths);
        }
        List<Need> needs = needs(t, auto);
        int[] fitted = ColumnWidths.fit(needs, Math.max(auto.size() * 2 * DocxTable.CELL_MARGIN, total - fixed));
        for (int i = 0; i < auto.size(); i++) {
            widths[auto.get(i)] = fitted[i];
        }
        return widths;
    }

    /**
     * Columns of a share narrower than their widest word (a number, a Thai word that no line may break) take the room
     * from the widest column, so no word is ever split; shares that hold their words stay as they are.
     */
    private static int[] widenToWords(Table t, int[] widths) {
        List<Integer> narrow = new ArrayList<>(); // wider columns hold any word a plan has; measuring them costs time
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] < NARROW) {
                narrow.add(c);
            }
        }
        List<Need> needs = needs(t, narrow);
        for (int i = 0; i < narrow.size(); i++) {
            int c = narrow.get(i);
            int missing = (int) Math.ceil(needs.get(i).min()) - widths[c];
            if (missing > 0) {
                int widest = 0;
                for (int k = 1; k < widths.length; k++) {
                    widest = widths[k] > widths[widest] ? k : widest;
                }
                if (widest != c && widths[widest] - missing >= NARROW) {
                    widths[widest] -= missing;
                    widths[c] += missing;
                }
            }
        }
        return widths;
    }

    private static List<Need> needs(Table t, List<Integer> columns) {
        int padding = 2 * DocxTable.CELL_MARGIN;
        Need[] needs = new Need[t.columns().size()];
        for (int c : columns) {
            needs[c] = new Need(padding, padding);
        }
        TableGrid grid = t.grid();
        for (int r = 0; r < grid.rowCount(); r++) {
            boolean header = r < t.header().size();
            for (TableGrid.Placed p : grid.row(r)) {
                if (p.cell().colSpan() != 1 || needs[p.column()] == null) {
                    continue;
                }
                Need need = ColumnWidths.need(List.of(p.cell().text()), ThaiRuns.SMALL_PT, header, padding);
                needs[p.column()] = needs[p.column()].max(header ? new Need(need.min(), need.min()) : need);
            }
        }
        return columns.stream()
                .map(c ->
                        needs[c].preferred() <= SHORT ? new Need(needs[c].preferred(), needs[c].preferred()) : needs[c])
                .toList();
    }
}
