package org.phaen.reports.summary;

import org.phaen.reports.document.Tone;

/** Where a scheduled report stands on a given day. Late and overdue are flagged. */
public enum DeliveryState {
    ON_TIME("ส่งตามกำหนด", Tone.GOOD),
    LATE("ส่งล่าช้า", Tone.FAIR),
    OVERDUE("เกินกำหนด ยังไม่ได้ส่ง", Tone.BAD),
    NOT_DUE("ยังไม่ถึงกำหนด", Tone.NONE);

    private final String th;
    private final Tone tone;

    DeliveryState(String th, Tone tone) {
        this.th = th;
        this.tone = tone;
    }

    public String labelTh() {
        return th;
    }

    public Tone tone() {
        return tone;
    }

    public boolean flagged() {
        return this == LATE || this == OVERDUE;
    }
}
