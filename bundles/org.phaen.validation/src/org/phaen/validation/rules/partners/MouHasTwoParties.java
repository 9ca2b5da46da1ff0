package org.phaen.validation.rules.partners;

import org.phaen.model.Mou;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-001: an MOU has at least two parties; an agreement with fewer is no agreement. */
public final class MouHasTwoParties extends AbstractRule<Mou> {

    public MouHasTwoParties() {
        super("PH-PAR-001", Severity.ERROR, Mou.class);
    }

    @Override
    protected void verify(Mou mou, RuleContext context, Findings findings) {
        int parties = mou.getParties().size();
        if (parties < 2) {
            findings.report(mou, String.valueOf(parties));
        }
    }
}
