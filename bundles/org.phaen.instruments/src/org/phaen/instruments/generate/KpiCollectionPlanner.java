package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlanFacts.label;
import static org.phaen.instruments.generate.PlanFacts.labelEn;

import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;

/** KPI data-collection sheet: one value per indicator, reported by an agency for a period. */
public final class KpiCollectionPlanner implements ItemPlanner {

    @Override public InstrumentKind kind() { return InstrumentKind.KPI_COLLECTION; }
    @Override public String codePrefix() { return "KPI"; }
    @Override public String titleTh() { return "แบบเก็บข้อมูลตัวชี้วัด"; }
    @Override public String titleEn() { return "KPI data-collection sheet"; }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale agencies = facts.agencies(draft);
        PlannedScale periods = facts.periods(draft);
        draft.scale(agencies);
        draft.scale(periods);
        String head = "ข้อมูลผู้รายงาน";
        draft.add(PlannedItem.of("agency", head, ItemKind.SELECT_ONE, "หน่วยงานที่รายงาน", "Reporting agency").onScale(agencies.code()).requiredAnswer());
        draft.add(PlannedItem.of("period", head, ItemKind.SELECT_ONE, "รอบการรายงาน", "Reporting period").onScale(periods.code()).requiredAnswer());
        if (scope.indicators().isEmpty()) {
            draft.missing("scope " + scope.code() + " has no indicators to collect");
        }
        for (Indicator indicator : scope.indicators()) {
            String unit = indicator.getUnit() == null ? "" : " (" + indicator.getUnit() + ")";
            var target = facts.target(indicator);
            if (indicator.getUnit() == null) {
                draft.missing("indicator " + indicator.getCode() + " has no unit");
            }
            draft.add(PlannedItem.of("indicator:" + indicator.getUuid(), "ตัวชี้วัด", ItemKind.DECIMAL, label(indicator) + unit,
                    labelEn(indicator) + unit).measuring(indicator)
                    .withHint(target == null ? "ค่าเป้าหมาย: ........" : "ค่าเป้าหมาย " + target.toPlainString()));
            draft.add(PlannedItem.of("indicator:" + indicator.getUuid() + ":evidence", "ตัวชี้วัด", ItemKind.TEXT,
                    "แหล่งข้อมูลและหลักฐานของ " + indicator.getCode(), "Source and evidence for " + indicator.getCode()).about(indicator));
        }
    }
}
