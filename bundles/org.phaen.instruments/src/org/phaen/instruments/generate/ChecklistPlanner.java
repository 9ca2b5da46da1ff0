package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlanFacts.label;
import static org.phaen.instruments.generate.PlanFacts.labelEn;

import org.phaen.model.Activity;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Milestone;
import org.phaen.model.Project;

/**
 * The committee's monitoring checklist, and its site-visit form, which adds the visit's date,
 * the visitors and an observation per activity.
 */
public final class ChecklistPlanner implements ItemPlanner {

    private final boolean siteVisit;

    public ChecklistPlanner(boolean siteVisit) {
        this.siteVisit = siteVisit;
    }

    @Override public InstrumentKind kind() { return siteVisit ? InstrumentKind.SITE_VISIT : InstrumentKind.MONITORING_CHECKLIST; }
    @Override public String codePrefix() { return siteVisit ? "VIS" : "CHK"; }
    @Override public String titleTh() { return siteVisit ? "แบบบันทึกการลงพื้นที่ติดตามโครงการ" : "แบบตรวจสอบรายการติดตามโครงการ"; }
    @Override public String titleEn() { return siteVisit ? "Site-visit form" : "Monitoring checklist"; }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        if (siteVisit) {
            String head = "ข้อมูลการลงพื้นที่";
            draft.add(PlannedItem.of("visit:date", head, ItemKind.DATE, "วันที่ลงพื้นที่", "Date of the visit").requiredAnswer());
            draft.add(PlannedItem.of("visit:team", head, ItemKind.TEXT, "คณะผู้ติดตาม", "Visiting team"));
        }
        for (Project project : scope.projects()) {
            String section = label(project);
            String key = "project:" + project.getUuid();
            for (Activity activity : project.getActivities()) {
                draft.add(PlannedItem.of(key + ":activity:" + activity.getUuid(), section, ItemKind.YES_NO,
                        "มีหลักฐานการดำเนินกิจกรรม " + label(activity), "Evidence that activity " + labelEn(activity) + " took place").about(activity));
                for (Milestone milestone : activity.getMilestones()) {
                    draft.add(PlannedItem.of(key + ":milestone:" + milestone.getUuid(), section, ItemKind.YES_NO,
                            "บรรลุ " + label(milestone) + " ตามกำหนด", "Milestone " + labelEn(milestone) + " reached on time").about(milestone));
                }
                if (siteVisit) {
                    draft.add(PlannedItem.of(key + ":observation:" + activity.getUuid(), section, ItemKind.TEXT,
                            "ข้อสังเกตจากการลงพื้นที่: " + activity.getName(), "Observation: " + labelEn(activity)).about(activity));
                }
            }
            draft.add(PlannedItem.of(key + ":strengths", section, ItemKind.TEXT, "จุดเด่นของโครงการ", "Strengths").about(project));
            draft.add(PlannedItem.of(key + ":improve", section, ItemKind.TEXT, "สิ่งที่ควรปรับปรุง", "To improve").about(project));
        }
    }
}
