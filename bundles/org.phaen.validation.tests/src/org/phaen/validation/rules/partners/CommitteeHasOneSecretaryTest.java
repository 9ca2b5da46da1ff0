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

class CommitteeHasOneSecretaryTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aCommitteeWithoutExactlyOneSecretaryIsAnError(MembershipRole[] roles, String english, String thai) {
        assertCommitteeError(new CommitteeHasOneSecretary(), roles, english, thai);
    }

    static Stream<Arguments> aCommitteeWithoutExactlyOneSecretaryIsAnError() {
        return Stream.of(
                arguments(
                        named("no secretary", new MembershipRole[] {CHAIR, MEMBER, ASSISTANT_SECRETARY}),
                        "Committee " + COMMITTEE + " has no secretary.",
                        "คณะกรรมการ " + COMMITTEE + " ยังไม่มีเลขานุการ"),
                arguments(
                        named("three secretaries", new MembershipRole[] {CHAIR, SECRETARY, SECRETARY, SECRETARY}),
                        "Committee " + COMMITTEE + " has 3 secretaries; a committee has exactly one.",
                        "คณะกรรมการ " + COMMITTEE + " มีเลขานุการ 3 คน คณะกรรมการต้องมีเลขานุการเพียงคนเดียว"));
    }

    @Test
    void aCommitteeWithOneSecretaryPasses() {
        PlanModel model = F.createPlanModel();
        committee(model, CHAIR, MEMBER, SECRETARY, ASSISTANT_SECRETARY, ASSISTANT_SECRETARY);
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneSecretary(), model));
    }
}
