package org.phaen.validation.rules.partners;

import org.phaen.model.MembershipRole;

/** PH-PAR-004: a committee has exactly one chair, who presides over its meetings and signs its resolutions. */
public final class CommitteeHasOneChair extends CommitteeHasOneSeat {

    public CommitteeHasOneChair() {
        super("PH-PAR-004", MembershipRole.CHAIR);
    }
}
