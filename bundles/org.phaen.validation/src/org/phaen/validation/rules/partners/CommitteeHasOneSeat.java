package org.phaen.validation.rules.partners;

import org.phaen.model.Committee;
import org.phaen.model.MembershipRole;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** A committee has exactly one member in a role (none, or several with a "several" variant naming how many). */
abstract class CommitteeHasOneSeat extends AbstractRule<Committee> {

    private final MembershipRole role;

    CommitteeHasOneSeat(String id, MembershipRole role) {
        super(id, Severity.ERROR, Committee.class);
        this.role = role;
    }

    @Override
    protected final void verify(Committee committee, RuleContext context, Findings findings) {
        int seats = Partners.seats(committee, role);
        if (seats == 0) {
            findings.report(committee);
        } else if (seats > 1) {
            findings.reportVariant(committee, "several", String.valueOf(seats));
        }
    }
}
