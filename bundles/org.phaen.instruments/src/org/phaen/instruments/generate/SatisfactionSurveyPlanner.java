package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlanFacts.label;

import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;

/** Satisfaction survey: a 5-point rating for each objective and output of the projects in scope. */
public final class SatisfactionSurveyPlanner implements ItemPlanner {

    @Override public InstrumentKind kind() { return InstrumentKind.SATISFACTION_SURVEY; }
    @Override public String codePrefix() { return "SAT"; }
    @Override public String titleTh() { return "แบบสอบถามความพึงพอใจ"; }
    @Override public String titleEn() { return "Satisfaction survey"; }

    @Override
    public void plan(InstrumentScope scope, PlanFacts facts, InstrumentDraft draft) {
        PlannedScale scale = PlannedScale.satisfaction();
        draft.scale(scale);
        for (Project project : scope.projects()) {
            String section = label(project);
            String key = "project:" + project.getUuid();
            int n = 0;
            for (String objective : project.getObjectives()) {
                draft.add(PlannedItem.of(key + ":objective:" + n++, section, ItemKind.RATING, "โครงการบรรลุวัตถุประสงค์: " + objective,
                        "The project achieved its objective: " + objective).about(project).onScale(scale.code()).requiredAnswer());
            }
            n = 0;
            for (String output : project.getOutputs()) {
                draft.add(PlannedItem.of(key + ":output:" + n++, section, ItemKind.RATING, "ความพึงพอใจต่อผลผลิต: " + output,
                        "Satisfaction with the output: " + output).about(project).onScale(scale.code()).requiredAnswer());
            }
            if (project.getObjectives().isEmpty() && project.getOutputs().isEmpty()) {
                draft.missing("project " + project.getCode() + " has no objectives or outputs to ask about");
            }
        }
        draft.add(PlannedItem.of("suggestions", "ข้อเสนอแนะ", ItemKind.TEXT, "ข้อเสนอแนะเพิ่มเติม", "Further suggestions"));
    }
}
