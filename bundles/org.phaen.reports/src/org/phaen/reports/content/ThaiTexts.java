package org.phaen.reports.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.phaen.model.Named;
import org.phaen.model.ProjectStatus;
import org.phaen.reports.document.Tone;

/** Thai wording shared by the reports: project statuses, element labels, shares. */
public final class ThaiTexts {

    private ThaiTexts() {
    }

    public static String status(ProjectStatus status) {
        if (status == null) {
            return "ไม่ระบุ";
        }
        return switch (status) {
            case PROPOSED -> "เสนอโครงการ";
            case APPROVED -> "อนุมัติแล้ว";
            case IN_PROGRESS -> "อยู่ระหว่างดำเนินการ";
            case COMPLETED -> "ดำเนินการแล้วเสร็จ";
            case SUSPENDED -> "ระงับชั่วคราว";
            case CANCELLED -> "ยกเลิก";
        };
    }

    /** Finished is good, stopped is bad; everything under way is plain. */
    public static Tone tone(ProjectStatus status) {
        if (status == null) {
            return Tone.MUTED;
        }
        return switch (status) {
            case COMPLETED -> Tone.GOOD;
            case SUSPENDED, CANCELLED -> Tone.BAD;
            default -> Tone.NONE;
        };
    }

    /** "code name", or just the name. */
    public static String label(Named element) {
        if (element == null) {
            return "-";
        }
        String name = element.getName() == null ? "" : element.getName();
        return element.getCode() == null || element.getCode().isBlank() ? name : element.getCode() + " " + name;
    }

    public static String name(Named element) {
        return element == null || element.getName() == null ? "-" : element.getName();
    }

    /** part/whole in percent with one decimal, or null when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }
}
