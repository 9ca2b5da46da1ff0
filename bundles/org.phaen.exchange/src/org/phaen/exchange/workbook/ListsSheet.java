/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.phaen.documents.xlsx.DropDowns;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.model.Named;

/**
 * The last sheet: what the drop-downs offer. For each list of kinds of element a reference or a parent may name,
 * two columns (key, name); for each enumeration, one column of its Thai labels. Reference columns look names up here by formula.
 */
final class ListsSheet {

    /**
     * One list, by the names the workbook defines for it: its keys (for a drop-down) and its table of keys and names
     * (for the name looked up beside a key). Formulas name lists rather than spell out ranges: no quoted sheet name
     * in a hundred thousand formulas, which a streamed sheet would write as entities past the XML parser's limits.
     */
    record Range(String keys, String table) {}

    private ListsSheet() {}

    /** Writes the lists, row by row (the workbook may be written as a stream), and notes each one's range in {@code out}. */
    static void write(Workbook workbook, Set<Object> wanted, WorkbookOut out) {
        String name = WorkbookWords.THAI.word("sheet.lists");
        List<Heading> headings = new ArrayList<>();
        List<List<String[]>> lists = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int column = 0;
        int longest = 0;
        for (Object what : new LinkedHashSet<>(wanted)) {
            if (what instanceof List<?> types) {
                headings.add(new Heading(kinds(types, WorkbookWords.THAI), kinds(types, WorkbookWords.ENGLISH), 16));
                headings.add(new Heading(
                        WorkbookWords.THAI.word("column.nameOf"), WorkbookWords.ENGLISH.word("column.nameOf"), 40));
            } else if (what instanceof EEnum type) {
                headings.add(new Heading(WorkbookWords.THAI.kind(type), WorkbookWords.ENGLISH.kind(type), 24));
            }
            List<String[]> rows = rows(what, out);
            lists.add(rows);
            longest = Math.max(longest, rows.size());
            int last = HeaderRows.COUNT + Math.max(rows.size(), 1) - 1;
            String list = "PHAEN_LIST_" + lists.size();
            define(workbook, list + "_KEYS", DropDowns.range(name, column, HeaderRows.COUNT, last));
            boolean pairs = what instanceof List<?>;
            define(
                    workbook,
                    list,
                    pairs
                            ? DropDowns.range(name, column, HeaderRows.COUNT, last)
                                    .replaceFirst(
                                            ":\\$[A-Z]+\\$",
                                            ":\\$" + CellReference.convertNumToColString(column + 1) + "\\$")
                            : DropDowns.range(name, column, HeaderRows.COUNT, last));
            out.lists.put(what, new Range(list + "_KEYS", list));
            widths.add(what instanceof List<?> ? 2 : 1);
            column += widths.get(widths.size() - 1);
        }
        Sheet sheet = HeaderRows.sheet(workbook, name, headings, out.styles);
        for (int r = 0; r < longest; r++) {
            Row row = sheet.createRow(HeaderRows.COUNT + r);
            int c = 0;
            for (int l = 0; l < lists.size(); l++) {
                List<String[]> rows = lists.get(l);
                for (int i = 0; r < rows.size() && i < rows.get(r).length; i++) {
                    out.text(row, c + i, rows.get(r)[i]);
                }
                c += widths.get(l);
            }
        }
    }

    private static List<String[]> rows(Object what, WorkbookOut out) {
        List<String[]> rows = new ArrayList<>();
        if (what instanceof List<?> types) {
            for (Named named : out.keys.ofTypes(types)) {
                rows.add(new String[] {out.keys.keyOf(named), named.getName()});
            }
        } else if (what instanceof EEnum type) {
            for (var literal : type.getELiterals()) {
                rows.add(new String[] {WorkbookWords.THAI.literal((Enumerator) literal.getInstance(), type)});
            }
        }
        return rows;
    }

    private static void define(Workbook workbook, String name, String range) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(range);
    }

    private static String kinds(List<?> types, WorkbookWords words) {
        return String.join("/", types.stream().map(t -> words.kind((EClass) t)).toList());
    }
}
