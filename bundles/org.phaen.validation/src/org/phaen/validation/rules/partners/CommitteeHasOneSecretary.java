/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.MembershipRole;

/** PH-PAR-005: a committee has exactly one secretary, who keeps its records and calls its meetings. */
public final class CommitteeHasOneSecretary extends CommitteeHasOneSeat {

    public CommitteeHasOneSecretary() {
        super("PH-PAR-005", MembershipRole.SECRETARY);
    }
}
