package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-012: eMENSCR asks whether the entry is a project or an ongoing operation (M1). */
public final class ProjectHasKindForEmenscr extends EmenscrField {

    public ProjectHasKindForEmenscr() {
        super("PH-EMN-012");
    }

    @Override
    boolean missing(Project project) {
        return !project.isSetProjectKind();
    }
}
