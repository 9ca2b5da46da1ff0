package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-009: eMENSCR asks the project's activities and their schedule (M5). */
public final class ProjectHasActivitiesForEmenscr extends EmenscrField {

    public ProjectHasActivitiesForEmenscr() {
        super("PH-EMN-009");
    }

    @Override
    boolean missing(Project project) {
        return project.getActivities().isEmpty();
    }
}
