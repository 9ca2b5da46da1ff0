package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-005: eMENSCR asks the project's objectives (M3). */
public final class ProjectHasObjectivesForEmenscr extends EmenscrField {

    public ProjectHasObjectivesForEmenscr() {
        super("PH-EMN-005");
    }

    @Override
    boolean missing(Project project) {
        return project.getObjectives().stream().allMatch(EmenscrField::blank);
    }
}
