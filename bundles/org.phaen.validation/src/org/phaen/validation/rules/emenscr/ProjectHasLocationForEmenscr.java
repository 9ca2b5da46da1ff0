package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-011: eMENSCR asks where the project takes place (M3). */
public final class ProjectHasLocationForEmenscr extends EmenscrField {

    public ProjectHasLocationForEmenscr() {
        super("PH-EMN-011");
    }

    @Override
    boolean missing(Project project) {
        return blank(project.getLocation());
    }
}
