package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-001: eMENSCR identifies a project by its code (M1). */
public final class ProjectHasCodeForEmenscr extends EmenscrField {

    public ProjectHasCodeForEmenscr() {
        super("PH-EMN-001");
    }

    @Override
    boolean missing(Project project) {
        return blank(project.getCode());
    }
}
