/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import java.util.List;
import org.phaen.model.Committee;
import org.phaen.model.MembershipRole;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * A committee has exactly one member in a role on every day of its life, counted by the seats' terms: none at all,
 * several at once (from the beginning: "several"; from a day: "severalOn"), or a vacancy between terms ("vacant").
 */
abstract class CommitteeHasOneSeat extends AbstractRule<Committee> {

    private final MembershipRole role;

    CommitteeHasOneSeat(String id, MembershipRole role) {
        super(id, Severity.ERROR, Committee.class);
        this.role = role;
    }

    @Override
    protected final void verify(Committee committee, RuleContext context, Findings findings) {
        RoleSeats seats = RoleSeats.of(committee, role);
        if (seats.total() == 0) {
            findings.report(committee);
        } else if (seats.most() > 1 && seats.crowdedFrom() == null) {
            findings.reportVariant(committee, "several", String.valueOf(seats.most()));
        } else if (seats.most() > 1) {
            findings.reportVariant(
                    committee,
                    "severalOn",
                    DateArguments.of(List.of(seats.crowdedFrom()), String.valueOf(seats.most())));
        }
        for (var gap : seats.gaps()) {
            findings.reportVariant(committee, "vacant", DateArguments.of(List.of(gap[0], gap[1])));
        }
    }
}
