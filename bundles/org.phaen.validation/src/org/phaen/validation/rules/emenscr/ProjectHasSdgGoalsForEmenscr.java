package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-014: eMENSCR asks which Sustainable Development Goals the project serves (M2). */
public final class ProjectHasSdgGoalsForEmenscr extends EmenscrField {

    public ProjectHasSdgGoalsForEmenscr() {
        super("PH-EMN-014");
    }

    @Override
    boolean missing(Project project) {
        return project.getSdgGoals().isEmpty();
    }
}
