package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /** One list: its keys in one column of the lists sheet, names (if any) in the next. */
    record Range(String sheet, int column, int first, int last) {

        String keys() {
            return DropDowns.range(sheet, column, first, last);
        }

        String table() {
            String quoted = "'" + sheet.replace("'", "''") + "'!";
            return quoted + "$" + CellReference.convertNumToColString(column) + ":$" + CellReference.convertNumToColString(column + 1);
        }
    }

    private ListsSheet() {
    }

    static void write(XSSFWorkbook workbook, Set<Object> wanted, WorkbookOut out) {
        String name = WorkbookWords.THAI.word("sheet.lists");
        List<Heading> headings = new ArrayList<>();
        Set<Object> ordered = new LinkedHashSet<>(wanted);
        for (Object what : ordered) {
            if (what instanceof List<?> types) {
                headings.add(new Heading(kinds(types, WorkbookWords.THAI), kinds(types, WorkbookWords.ENGLISH), 16));
                headings.add(new Heading(WorkbookWords.THAI.word("column.nameOf"), WorkbookWords.ENGLISH.word("column.nameOf"), 40));
            } else if (what instanceof EEnum type) {
                headings.add(new Heading(WorkbookWords.THAI.kind(type), WorkbookWords.ENGLISH.kind(type), 24));
            }
        }
        XSSFSheet sheet = HeaderRows.sheet(workbook, name, headings, out.styles);
        int column = 0;
        for (Object what : ordered) {
            List<String[]> rows = rows(what, out);
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = row(sheet, HeaderRows.COUNT + i);
                for (int c = 0; c < rows.get(i).length; c++) {
                    WorkbookOut.text(row, column + c, rows.get(i)[c]);
                }
            }
            out.lists.put(what, new Range(name, column, HeaderRows.COUNT, HeaderRows.COUNT + Math.max(rows.size(), 1) - 1));
            column += what instanceof List<?> ? 2 : 1;
        }
    }

    private static List<String[]> rows(Object what, WorkbookOut out) {
        List<String[]> rows = new ArrayList<>();
        if (what instanceof List<?> types) {
            for (Named named : out.keys.ofTypes(types)) {
                rows.add(new String[] { out.keys.keyOf(named), named.getName() });
            }
        } else if (what instanceof EEnum type) {
            for (var literal : type.getELiterals()) {
                rows.add(new String[] { WorkbookWords.THAI.literal((Enumerator) literal.getInstance(), type) });
            }
        }
        return rows;
    }

    private static String kinds(List<?> types, WorkbookWords words) {
        return String.join("/", types.stream().map(t -> words.kind((EClass) t)).toList());
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
