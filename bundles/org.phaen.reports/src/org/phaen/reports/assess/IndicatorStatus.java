package org.phaen.reports.assess;

import org.phaen.reports.document.Tone;

/** Where an indicator stands against its target for the fiscal year; see {@link IndicatorAssessment} for the rules. */
public enum IndicatorStatus {
    MET("บรรลุค่าเป้าหมาย", "Met", Tone.GOOD),
    ON_TRACK("เป็นไปตามแผน", "On track", Tone.FAIR),
    BEHIND("ต่ำกว่าแผน", "Behind", Tone.BAD),
    NO_DATA("ไม่มีข้อมูล", "No data", Tone.MUTED);

    private final String th;
    private final String en;
    private final Tone tone;

    IndicatorStatus(String th, String en, Tone tone) {
        this.th = th;
        this.en = en;
        this.tone = tone;
    }

    public String labelTh() {
        return th;
    }

    public String labelEn() {
        return en;
    }

    public Tone tone() {
        return tone;
    }
}
