package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;

/** PH-EMN-015: eMENSCR asks the project's spending plan by quarter or month (M4): entries with a period and an amount. */
public final class ProjectHasSpendingPlanForEmenscr extends EmenscrField {

    public ProjectHasSpendingPlanForEmenscr() {
        super("PH-EMN-015");
    }

    @Override
    boolean missing(Project project) {
        return project.getSpendingPlan().stream().noneMatch(e -> e.isSetPeriodKind() && e.getAmount() != null);
    }
}
