package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-008: eMENSCR asks the project's budget by funding source (M4): budget lines with an amount and a source. */
public final class ProjectHasBudgetBySourceForEmenscr extends EmenscrField {

    public ProjectHasBudgetBySourceForEmenscr() {
        super("PH-EMN-008");
    }

    @Override
    boolean missing(Project project) {
        return project.getBudgetLines().stream().noneMatch(l -> l.getAmount() != null && l.getSource() != null);
    }
}
