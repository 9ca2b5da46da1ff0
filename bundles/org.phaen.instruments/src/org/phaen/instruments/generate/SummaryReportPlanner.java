package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlanFacts.label;
import static org.phaen.instruments.generate.PlanFacts.labelEn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;

/** Summary-report template for an action plan against its strategic issues: per issue, its indicators and projects. */
public final class SummaryReportPlanner implements ItemPlanner {

    @Override public InstrumentKind kind() { return InstrumentKind.SUMMARY_REPORT; }
    @Override public String codePrefix() { return "SUM"; }
    @Override public String titleTh() { return "แบบรายงานสรุปผลการดำเนินงานตามแผนปฏิบัติราชการ"; }
    @Override public String titleEn() { return "Summary report of the action plan"; }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        Map<StrategicIssue, List<Project>> byIssue = new LinkedHashMap<>();
        for (Project project : scope.projects()) {
            for (Strategy strategy : project.getImplementsStrategies()) {
                if (strategy.eContainer() instanceof StrategicIssue issue) {
                    byIssue.computeIfAbsent(issue, k -> new java.util.ArrayList<>()).add(project);
                }
            }
            if (project.getImplementsStrategies().isEmpty()) {
                draft.missing("project " + project.getCode() + " implements no strategy, so it has no strategic issue to report under");
            }
        }
        byIssue.forEach((issue, projects) -> {
            String section = label(issue);
            String key = "issue:" + issue.getUuid();
            draft.add(PlannedItem.of(key, section, ItemKind.NOTE, "ประเด็นยุทธศาสตร์ " + label(issue), "Strategic issue " + labelEn(issue)).about(issue));
            for (Goal goal : issue.getGoals()) {
                for (Indicator indicator : goal.getIndicators()) {
                    var target = facts.target(indicator);
                    draft.add(PlannedItem.of(key + ":indicator:" + indicator.getUuid(), section, ItemKind.DECIMAL,
                            "ผลการดำเนินงานตามตัวชี้วัด " + label(indicator), "Result for indicator " + labelEn(indicator)).measuring(indicator)
                            .withHint(target == null ? "ค่าเป้าหมาย: ........" : "ค่าเป้าหมาย " + target.toPlainString()));
                }
            }
            for (Project project : new java.util.LinkedHashSet<>(projects)) {
                draft.add(PlannedItem.of(key + ":project:" + project.getUuid(), section, ItemKind.TEXT,
                        "ผลการดำเนินงานโครงการ " + label(project), "Results of project " + labelEn(project)).about(project));
            }
            draft.add(PlannedItem.of(key + ":summary", section, ItemKind.TEXT, "สรุปผลและข้อเสนอแนะของประเด็น", "Summary and recommendations").about(issue));
        });
    }
}
