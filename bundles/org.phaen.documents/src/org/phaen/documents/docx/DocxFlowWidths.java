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
 * rather than "ร้อยละ" breaking into two lines.
 */
public final class DocxFlowWidths {

    /** Twips up to which a column's longest text counts as short (2 cm). */
    private static final int SHORT = 1134;

    private DocxFlowWidths() {
    }

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
            return widths;
        }
        List<Need> needs = needs(t, auto);
        int[] fitted = ColumnWidths.fit(needs, Math.max(auto.size() * 2 * DocxTable.CELL_MARGIN, total - fixed));
        for (int i = 0; i < auto.size(); i++) {
            widths[auto.get(i)] = fitted[i];
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
        return columns.stream().map(c -> needs[c].preferred() <= SHORT ? new Need(needs[c].preferred(), needs[c].preferred()) : needs[c])
            .toList();
    }
}
