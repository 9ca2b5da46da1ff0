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

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
