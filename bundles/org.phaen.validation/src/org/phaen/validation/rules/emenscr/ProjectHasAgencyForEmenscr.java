package org.phaen.validation.rules.emenscr;

import org.phaen.model.ActionPlan;
import org.phaen.model.Project;

/** PH-EMN-002: eMENSCR asks the agency that owns the project (M1): the project's responsible organisation, or its action plan's owner. */
public final class ProjectHasAgencyForEmenscr extends EmenscrField {

    public ProjectHasAgencyForEmenscr() {
        super("PH-EMN-002");
    }

    @Override
    boolean missing(Project project) {
        return project.getResponsibleOrganization() == null
                && ((ActionPlan) project.eContainer()).getOwnerAgency() == null;
    }
}
