package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.model.MembershipRole.*;
import static org.phaen.validation.rules.partners.PartnerFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.phaen.model.Committee;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class CommitteeHasOneChairTest {

    @Test
    void aCommitteeWithoutAChairIsAnError() {
        PlanModel model = F.createPlanModel();
        Committee committee = committee(model, VICE_CHAIR, MEMBER, SECRETARY);
        seat(committee, null, null); // a seat without a role is no chair
        List<Finding> findings = RuleTester.run(new CommitteeHasOneChair(), model);
        assertEquals(1, findings.size());
        assertFinding(findings.get(0), committee, Severity.ERROR, "Committee " + COMMITTEE + " has no chair.",
                "คณะกรรมการ " + COMMITTEE + " ยังไม่มีประธาน");
    }

    @Test
    void aCommitteeWithTwoChairsIsAnError() {
        PlanModel model = F.createPlanModel();
        Committee committee = committee(model, CHAIR, CHAIR, SECRETARY);
        List<Finding> findings = RuleTester.run(new CommitteeHasOneChair(), model);
        assertEquals(1, findings.size());
        assertFinding(findings.get(0), committee, Severity.ERROR, "Committee " + COMMITTEE + " has 2 chairs; a committee has exactly one.",
                "คณะกรรมการ " + COMMITTEE + " มีประธาน 2 คน คณะกรรมการต้องมีประธานเพียงคนเดียว");
    }

    @Test
    void aCommitteeWithOneChairPasses() {
        PlanModel model = F.createPlanModel();
        committee(model, CHAIR, VICE_CHAIR, VICE_CHAIR, MEMBER, SECRETARY);
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneChair(), model));
    }
}
