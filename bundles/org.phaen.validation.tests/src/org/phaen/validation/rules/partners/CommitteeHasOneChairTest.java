/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.phaen.model.MembershipRole.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.partners.PartnerFixtures.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.model.MembershipRole;
import org.phaen.model.PlanModel;
import org.phaen.validation.RuleTester;

class CommitteeHasOneChairTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aCommitteeWithoutExactlyOneChairIsAnError(MembershipRole[] roles, String english, String thai) {
        assertCommitteeError(new CommitteeHasOneChair(), roles, english, thai);
    }

    static Stream<Arguments> aCommitteeWithoutExactlyOneChairIsAnError() {
        return Stream.of(
                arguments(
                        named(
                                "no chair (a seat without a role is no chair)",
                                new MembershipRole[] {VICE_CHAIR, MEMBER, SECRETARY, null}),
                        "Committee " + COMMITTEE + " has no chair.",
                        "คณะกรรมการ " + COMMITTEE + " ยังไม่มีประธาน"),
                arguments(
                        named("two chairs", new MembershipRole[] {CHAIR, CHAIR, SECRETARY}),
                        "Committee " + COMMITTEE + " has 2 chairs; a committee has exactly one.",
                        "คณะกรรมการ " + COMMITTEE + " มีประธาน 2 คน คณะกรรมการต้องมีประธานเพียงคนเดียว"));
    }

    @Test
    void aCommitteeWithOneChairPasses() {
        PlanModel model = F.createPlanModel();
        committee(model, CHAIR, VICE_CHAIR, VICE_CHAIR, MEMBER, SECRETARY);
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneChair(), model));
    }
}
