/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
