package org.phaen.instruments.pdf;

import static org.phaen.instruments.pdf.PdfCanvas.BOTTOM;
import static org.phaen.instruments.pdf.PdfCanvas.LEFT;
import static org.phaen.instruments.pdf.PdfCanvas.RIGHT;
import static org.phaen.instruments.pdf.PdfFlow.BODY;
import static org.phaen.instruments.pdf.PdfFlow.SMALL;
import static org.phaen.instruments.pdf.PdfFlow.ascent;
import static org.phaen.instruments.pdf.PdfFlow.lineHeight;

import java.util.ArrayList;
import java.util.List;

import org.phaen.documents.text.ThaiLines;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;

/**
 * Consecutive ratings on one scale as the survey table of the DOCX form: ข้อ | รายการ | a column per level.
 * A row never splits across pages; the header is drawn again at the top of each page the table continues on.
 */
final class PdfRatingTable {

    private static final float NUM = 30, LEVEL = 51, PAD = 3;
    private static final float LEVEL_TH = 14, LEVEL_EN = 9;

    /** A cell's lines: text, size, bold. */
    private record Line(String text, float size, boolean bold) {
    }

    private final PdfFlow flow;
    private final PdfItems items;
    private final float level;
    private final float topic;

    PdfRatingTable(PdfFlow flow, PdfItems items, int levels) {
        this.flow = flow;
        this.items = items;
        this.level = Math.min(LEVEL, (RIGHT - LEFT - NUM - 140) / levels);
        this.topic = RIGHT - LEFT - NUM - level * levels;
    }

    void write(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        List<List<Line>> header = new ArrayList<>();
        header.add(List.of(new Line("ข้อ", BODY, true)));
        header.add(List.of(new Line("รายการ", BODY, true), new Line("Item", LEVEL_EN + 2, false)));
        float thSize = fitting(scale);
        for (ScaleLevel l : scale.getLevels()) {
            header.add(List.of(new Line(label(l), thSize, true), new Line(PdfItems.text(l.getLabelEn()), LEVEL_EN, false),
                new Line("(" + items.digits(l.getValue()) + ")", 12, false)));
        }
        row(header, true, true);
        for (int r = 0; r < rows.size(); r++) {
            InstrumentItem item = rows.get(r);
            List<List<Line>> cells = new ArrayList<>();
            cells.add(List.of(new Line(items.digits(firstNumber + r) + ".", BODY, false)));
            cells.add(List.of(new Line(PdfItems.text(item.getName()) + (item.isRequired() ? " *" : ""), BODY, false),
                new Line(PdfItems.text(item.getNameEn()), SMALL, false)));
            scale.getLevels().forEach(l -> cells.add(List.of()));
            if (flow.y - height(cells) < BOTTOM) {
                flow.keep(Float.MAX_VALUE);
                row(header, true, true);
            }
            row(cells, false, false);
        }
        flow.space(8);
    }

    private String label(ScaleLevel l) {
        return l.getLabel() == null ? items.digits(l.getValue()) : l.getLabel();
    }

    /** The largest size up to 14 pt at which no word of a level label has to be cut (ปานกลาง is one word). */
    private float fitting(RatingScale scale) {
        float size = LEVEL_TH;
        for (ScaleLevel l : scale.getLevels()) {
            for (String word : ThaiLines.words(label(l))) {
                while (size > LEVEL_EN && flow.canvas.fonts.width(word, size, true) > level - 2 * PAD) {
                    size -= 0.5f;
                }
            }
        }
        return size;
    }

    private float width(int column) {
        return column == 0 ? NUM : column == 1 ? topic : level;
    }

    private List<String> wrapped(Line line, int column) {
        return line.text().isEmpty() ? List.of() : flow.wrap(line.text(), line.size(), line.bold(), width(column) - 2 * PAD);
    }

    private float height(List<List<Line>> cells) {
        float max = lineHeight(BODY);
        for (int c = 0; c < cells.size(); c++) {
            float h = 0;
            for (Line line : cells.get(c)) {
                h += wrapped(line, c).size() * lineHeight(line.size());
            }
            max = Math.max(max, h);
        }
        return max + 2 * PAD;
    }

    private void row(List<List<Line>> cells, boolean centred, boolean header) {
        float h = height(cells);
        float top = flow.y;
        float x = LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float w = width(c);
            float y = top - PAD;
            for (Line line : cells.get(c)) {
                for (String text : wrapped(line, c)) {
                    float tx = centred || c == 0 ? x + (w - flow.canvas.fonts.width(text, line.size(), line.bold())) / 2 : x + PAD;
                    flow.canvas.text(text, tx, y - ascent(line.size()), line.size(), line.bold());
                    y -= lineHeight(line.size());
                }
            }
            flow.canvas.rect(x, top - h, w, h, header ? 0.8f : 0.5f);
            x += w;
        }
        flow.y = top - h;
    }
}
