package org.phaen.instruments;

import java.util.List;

import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;

/** Fixed wording of the paper forms (DOCX, PDF), so every format says the same thing. */
public final class FormTexts {

    public static final String DOTS = "......................................................";
    public static final String DATE_LINE = "วันที่ ..... เดือน .......... พ.ศ. ......";
    public static final String YES = "ใช่ (Yes)", NO = "ไม่ใช่ (No)";
    public static final String SELECT_ALL = "(เลือกได้มากกว่า 1 ข้อ Select all that apply)";
    public static final String THANKS = "ขอขอบคุณที่ให้ความร่วมมือในการตอบแบบสอบถาม";
    public static final List<String> SIGNATURE = List.of("ลงชื่อ .............................. ผู้รายงาน",
        "( .............................. )", "ตำแหน่ง ..............................", DATE_LINE);
    public static final String FORM_CODE = "รหัสแบบฟอร์ม ";

    private FormTexts() {
    }

    /** Surveys are anonymous and end with thanks; reports and checklists are signed by the person responsible. */
    public static boolean endsWithThanks(EvaluationInstrument instrument) {
        return instrument.isSetKind() && instrument.getKind() == InstrumentKind.SATISFACTION_SURVEY;
    }

    /** The printed identifier line, so a returned paper form can be matched to its instrument. */
    public static String formCodeLine(EvaluationInstrument instrument, RenderOptions options) {
        String code = instrument.getCode() == null ? "" : instrument.getCode();
        return FORM_CODE + code + (instrument.getVersion() > 0 ? " ฉบับที่ " + options.digits(instrument.getVersion()) : "");
    }
}
