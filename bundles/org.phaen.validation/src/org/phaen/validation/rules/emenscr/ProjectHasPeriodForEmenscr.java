package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-004: eMENSCR asks when the project starts and ends (M1). */
public final class ProjectHasPeriodForEmenscr extends EmenscrField {

    public ProjectHasPeriodForEmenscr() {
        super("PH-EMN-004");
    }

    @Override
    boolean missing(Project project) {
        return project.getStartDate() == null || project.getEndDate() == null;
    }
}
