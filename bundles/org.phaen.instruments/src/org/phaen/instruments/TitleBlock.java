package org.phaen.instruments;

import java.util.regex.Pattern;

import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.calendar.ThaiDates;

/**
 * The texts at the top of every paper form, whatever its format: form code, title, English title,
 * fiscal year, issue, and the instructions. Lines that do not apply are null. Computed once here so the
 * HTML, DOCX and PDF forms say the same thing.
 */
public record TitleBlock(String formCode, String title, String titleEn, String fiscalYear, String issue,
        boolean rateInstruction, boolean requiredInstruction) {

    public static final String INSTRUCTIONS = "คำชี้แจง";
    public static final String RATE_INSTRUCTION =
        "โปรดทำเครื่องหมาย ✓ ลงในช่องที่ตรงกับความคิดเห็นของท่านมากที่สุดเพียงช่องเดียวในแต่ละข้อ";
    public static final String REQUIRED_BEFORE = "ข้อที่มีเครื่องหมาย ";
    public static final String REQUIRED_AFTER = " จำเป็นต้องตอบ";

    /** Titles the generator writes already end with the fiscal year; saying it twice looks careless. */
    private static final Pattern NAMES_A_YEAR = Pattern.compile("พ\\.ศ\\.\\s*[0-9๐-๙]{4}");

    public static TitleBlock of(EvaluationInstrument instrument, RenderOptions options) {
        String code = blank(instrument.getCode()) ? null : "แบบ " + instrument.getCode();
        String title = instrument.getName() == null ? "" : instrument.getName();
        String year = instrument.getFiscalYear() <= 0 || NAMES_A_YEAR.matcher(title).find() ? null
            : "ปีงบประมาณ พ.ศ. " + options.digits(instrument.getFiscalYear());
        StringBuilder issue = new StringBuilder();
        if (instrument.getVersion() > 0) {
            issue.append("ฉบับที่ ").append(options.digits(instrument.getVersion()));
        }
        if (options.issued() != null) {
            issue.append(issue.isEmpty() ? "" : " ").append("ออก ณ วันที่ ")
                .append(options.digits(ThaiDates.formatLong(options.issued())));
        }
        return new TitleBlock(code, title, blank(instrument.getNameEn()) ? null : instrument.getNameEn(), year,
            issue.isEmpty() ? null : issue.toString(), FormLayout.hasRatings(instrument.getItems()),
            instrument.getItems().stream().anyMatch(InstrumentItem::isRequired));
    }

    public boolean hasInstructions() {
        return rateInstruction || requiredInstruction;
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
