package org.phaen.validation.rules.partners;

import org.phaen.model.Committee;
import org.phaen.model.MembershipRole;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-004: a committee has exactly one chair, who presides over its meetings and signs its resolutions. */
public final class CommitteeHasOneChair extends AbstractRule<Committee> {

    public CommitteeHasOneChair() {
        super("PH-PAR-004", Severity.ERROR, Committee.class);
    }

    @Override
    protected void verify(Committee committee, RuleContext context, Findings findings) {
        int seats = Partners.seats(committee, MembershipRole.CHAIR);
        if (seats == 0) {
            findings.report(committee);
        } else if (seats > 1) {
            findings.reportVariant(committee, "several", String.valueOf(seats));
        }
    }
}
