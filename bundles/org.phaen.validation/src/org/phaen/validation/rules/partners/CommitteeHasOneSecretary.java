package org.phaen.validation.rules.partners;

import org.phaen.model.MembershipRole;

/** PH-PAR-005: a committee has exactly one secretary, who keeps its records and calls its meetings. */
public final class CommitteeHasOneSecretary extends CommitteeHasOneSeat {

    public CommitteeHasOneSecretary() {
        super("PH-PAR-005", MembershipRole.SECRETARY);
    }
}
