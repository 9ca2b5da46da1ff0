/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.phaen.documents.docx.DocxText;

/** A written book read back: its bookmarks, its text, and the table row that carries an element's bookmark. */
final class BookDocx {

    private static final Pattern BOOKMARK = Pattern.compile("w:name=\"(ph_[0-9a-f]+)\"");
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

    private final XWPFDocument doc;
    private final String xml;

    BookDocx(XWPFDocument doc) {
        this.doc = doc;
        this.xml = doc.getDocument().xmlText();
    }

    List<String> bookmarks() {
        List<String> out = new ArrayList<>();
        for (Matcher m = BOOKMARK.matcher(xml); m.find(); ) {
            out.add(m.group(1));
        }
        return out;
    }

    boolean hasBookmark(String uuid) {
        return xml.contains("w:name=\"" + DocxText.bookmark(uuid) + "\"");
    }

    /** Every run's text, one per line (a name is written as one run). */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Matcher m = TEXT.matcher(xml); m.find(); ) {
            out.append(m.group(1)
                            .replace("&amp;", "&")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\""))
                    .append('\n');
        }
        return out.toString();
    }

    /** The table row whose first cell carries the bookmark of {@code uuid}. */
    Optional<XWPFTableRow> row(String uuid) {
        String name = DocxText.bookmark(uuid);
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getCell(0).getParagraphs().stream()
                        .anyMatch(p ->
                                p.getCTP().getBookmarkStartList().stream().anyMatch(b -> name.equals(b.getName())))) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each body paragraph's text as Word shows it: a heading numbered by a list with the number the list gives it,
     * each list's levels counted as Word counts them (a level restarts after a higher one; each list instance counts
     * on its own).
     */
    static List<String> shown(XWPFDocument doc, boolean thaiDigits) {
        java.util.Map<java.math.BigInteger, int[]> counters = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        for (org.apache.poi.xwpf.usermodel.XWPFParagraph p : doc.getParagraphs()) {
            String number = number(p, counters, thaiDigits);
            out.add(number.isEmpty() ? p.getText() : number + " " + p.getText());
        }
        return out;
    }

    /** The number the paragraph's list shows, counted in {@code counters}; empty when it has none. */
    static String number(
            org.apache.poi.xwpf.usermodel.XWPFParagraph p,
            java.util.Map<java.math.BigInteger, int[]> counters,
            boolean thaiDigits) {
        java.math.BigInteger numId = p.getNumID();
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        int level = p.getNumIlvl().intValue();
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        java.util.Arrays.fill(count, level + 1, count.length, 0);
        String shown = p.getNumLevelText();
        for (int l = 0; l <= level; l++) {
            String n = Integer.toString(count[l]);
            shown = shown.replace("%" + (l + 1), thaiDigits ? org.phaen.documents.text.ThaiDigits.of(n) : n);
        }
        return shown;
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
