package org.phaen.validation.rules.partners;

import org.phaen.model.Committee;
import org.phaen.model.MembershipRole;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-005: a committee has exactly one secretary, who keeps its records and calls its meetings. */
public final class CommitteeHasOneSecretary extends AbstractRule<Committee> {

    public CommitteeHasOneSecretary() {
        super("PH-PAR-005", Severity.ERROR, Committee.class);
    }

    @Override
    protected void verify(Committee committee, RuleContext context, Findings findings) {
        int seats = Partners.seats(committee, MembershipRole.SECRETARY);
        if (seats == 0) {
            findings.report(committee);
        } else if (seats > 1) {
            findings.reportVariant(committee, "several", String.valueOf(seats));
        }
    }
}
