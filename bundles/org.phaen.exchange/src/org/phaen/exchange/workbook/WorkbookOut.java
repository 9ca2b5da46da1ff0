package org.phaen.exchange.workbook;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.phaen.documents.xlsx.SheetStyles;

/** What the columns share while a workbook is written: keys, styles, the lists to choose from, the day consent is judged on. */
final class WorkbookOut {

    final ElementKeys keys;
    final SheetStyles styles;
    final LocalDate today;
    /** Each list of the lists sheet, by what it lists: an EClass (keys and names) or an EEnum (Thai labels). */
    final Map<Object, ListsSheet.Range> lists = new HashMap<>();

    WorkbookOut(ElementKeys keys, SheetStyles styles, LocalDate today) {
        this.keys = keys;
        this.styles = styles;
        this.today = today;
    }

    /** The lookup of a name beside a key typed in {@code keyCell} (e.g. C5), from the list of {@code what}. */
    String nameFormula(String keyCell, Object what) {
        return lookup(keyCell, lists.get(what).table());
    }

    /** The name beside the key in {@code keyCell}, looked up in a two-column table of keys and names; blank when none. */
    static String lookup(String keyCell, String table) {
        return "IFERROR(VLOOKUP(" + keyCell + "," + table + ",2,FALSE),T(0))"; // T(0) is "": no quotes to escape
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return cell;
    }
}
