package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlanFacts.label;
import static org.phaen.instruments.generate.PlanFacts.labelEn;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;

/** Project progress report: per period, activities done, indicator actuals, budget disbursed per source, problems, next steps. */
public final class ProgressReportPlanner implements ItemPlanner {

    @Override public InstrumentKind kind() { return InstrumentKind.PROGRESS_REPORT; }
    @Override public String codePrefix() { return "PRG"; }
    @Override public String titleTh() { return "แบบรายงานความก้าวหน้าการดำเนินงานโครงการ"; }
    @Override public String titleEn() { return "Project progress report"; }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale periods = facts.periods(draft);
        draft.scale(periods);
        draft.add(PlannedItem.of("period", "ข้อมูลการรายงาน", ItemKind.SELECT_ONE, "รอบการรายงาน", "Reporting period")
                .onScale(periods.code()).requiredAnswer());
        for (Project project : scope.projects()) {
            String section = label(project);
            String key = "project:" + project.getUuid();
            for (Activity activity : project.getActivities()) {
                draft.add(PlannedItem.of(key + ":activity:" + activity.getUuid(), section, ItemKind.YES_NO,
                        "ดำเนินกิจกรรม " + label(activity) + " แล้ว", "Activity " + labelEn(activity) + " carried out").about(activity));
            }
            if (project.getActivities().isEmpty()) {
                draft.missing("project " + project.getCode() + " has no activities");
            }
            for (Indicator indicator : projectIndicators(project)) {
                BigDecimal target = facts.target(indicator);
                if (target == null) {
                    draft.missing("indicator " + indicator.getCode() + " has no target for fiscal year " + facts.fiscalYear().beYear());
                }
                String unit = indicator.getUnit() == null ? "" : " " + indicator.getUnit();
                draft.add(PlannedItem.of(key + ":indicator:" + indicator.getUuid(), section, ItemKind.DECIMAL,
                        "ผลการดำเนินงานตามตัวชี้วัด " + label(indicator), "Actual for indicator " + labelEn(indicator))
                        .measuring(indicator).withHint(target == null ? "ค่าเป้าหมาย: ........" : "ค่าเป้าหมาย " + target.toPlainString() + unit));
            }
            sourcesOf(project).forEach((source, allocated) -> draft.add(PlannedItem.of(key + ":disbursed:" + source.getUuid(), section,
                    ItemKind.DECIMAL, "งบประมาณที่เบิกจ่ายแล้วจาก " + source.getName() + " (บาท)", "Budget disbursed from " + labelEn(source) + " (baht)")
                    .about(source).withHint(String.format(java.util.Locale.ROOT, "งบประมาณที่ได้รับ %,.2f บาท", allocated))));
            draft.add(PlannedItem.of(key + ":percent", section, ItemKind.DECIMAL, "ร้อยละความก้าวหน้าของโครงการ", "Percent complete").about(project));
            draft.add(PlannedItem.of(key + ":problems", section, ItemKind.TEXT, "ปัญหาและอุปสรรค", "Problems and obstacles").about(project));
            draft.add(PlannedItem.of(key + ":next", section, ItemKind.TEXT, "แนวทางการดำเนินงานต่อไป", "Next steps").about(project));
        }
    }

    static java.util.Set<Indicator> projectIndicators(Project project) {
        java.util.Set<Indicator> indicators = new java.util.LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        return indicators;
    }

    /** Allocated amount per funding source, in the order the budget lines name them. */
    private static Map<FundingSource, BigDecimal> sourcesOf(Project project) {
        Map<FundingSource, BigDecimal> sources = new LinkedHashMap<>();
        for (BudgetLine line : project.getBudgetLines()) {
            if (line.getSource() != null && line.getAmount() != null) {
                sources.merge(line.getSource(), line.getAmount(), BigDecimal::add);
            }
        }
        return sources;
    }
}
