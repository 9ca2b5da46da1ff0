/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.MembershipRole;

/** PH-PAR-004: a committee has exactly one chair, who presides over its meetings and signs its resolutions. */
public final class CommitteeHasOneChair extends CommitteeHasOneSeat {

    public CommitteeHasOneChair() {
        super("PH-PAR-004", MembershipRole.CHAIR);
    }
}
