package org.phaen.instruments.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The anchor of {@code bench instruments}: one progress form written with Apache POI alone, the way a programmer would
 * write it by hand. Its paragraphs (alignment, runs with their size and weight), its tables' cells and the font are read
 * once from a form Phaen wrote, so both write the same document; writing it runs no Phaen code.
 */
final class RawPoiForm implements RawForm {

    private static final String FONT = "TH Sarabun New";

    private record Run(String text, double size, boolean bold) {}

    private record Block(ParagraphAlignment alignment, List<Run> runs, List<List<String>> table) {}

    private final List<Block> blocks = new ArrayList<>();

    /** The content of a DOCX that Phaen wrote. */
    static RawPoiForm of(byte[] docx) throws IOException {
        RawPoiForm form = new RawPoiForm();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    List<Run> runs = new ArrayList<>();
                    for (XWPFRun r : p.getRuns()) {
                        Double size = r.getFontSizeAsDouble();
                        runs.add(new Run(r.text(), size == null ? 16 : size, r.isBold()));
                    }
                    form.blocks.add(new Block(p.getAlignment(), runs, null));
                } else if (element instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    t.getRows()
                            .forEach(row -> rows.add(row.getTableCells().stream()
                                    .map(XWPFTableCell::getText)
                                    .toList()));
                    form.blocks.add(new Block(null, List.of(), rows));
                }
            }
        }
        return form;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(1701));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setTop(BigInteger.valueOf(1417));
            margins.setBottom(BigInteger.valueOf(1134));
            for (Block block : blocks) {
                if (block.table() == null) {
                    XWPFParagraph p = doc.createParagraph();
                    if (block.alignment() != null) {
                        p.setAlignment(block.alignment());
                    }
                    block.runs().forEach(r -> run(p, r.text(), r.size(), r.bold()));
                } else {
                    table(doc, block.table());
                }
            }
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                run(
                        table.getRow(r).getCell(c).getParagraphs().get(0),
                        rows.get(r).get(c),
                        14,
                        r == 0);
            }
        }
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
