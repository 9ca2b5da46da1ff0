package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-006: eMENSCR asks the project's target groups (M3). */
public final class ProjectHasTargetGroupsForEmenscr extends EmenscrField {

    public ProjectHasTargetGroupsForEmenscr() {
        super("PH-EMN-006");
    }

    @Override
    boolean missing(Project project) {
        return project.getTargetGroups().isEmpty();
    }
}
