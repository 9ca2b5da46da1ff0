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

class CommitteeHasOneSecretaryTest {

    @Test
    void aCommitteeWithoutASecretaryIsAnError() {
        PlanModel model = F.createPlanModel();
        Committee committee = committee(model, CHAIR, MEMBER, ASSISTANT_SECRETARY);
        List<Finding> findings = RuleTester.run(new CommitteeHasOneSecretary(), model);
        assertEquals(1, findings.size());
        assertFinding(findings.get(0), committee, Severity.ERROR, "Committee " + COMMITTEE + " has no secretary.",
                "คณะกรรมการ " + COMMITTEE + " ยังไม่มีเลขานุการ");
    }

    @Test
    void aCommitteeWithThreeSecretariesIsAnError() {
        PlanModel model = F.createPlanModel();
        Committee committee = committee(model, CHAIR, SECRETARY, SECRETARY, SECRETARY);
        List<Finding> findings = RuleTester.run(new CommitteeHasOneSecretary(), model);
        assertEquals(1, findings.size());
        assertFinding(findings.get(0), committee, Severity.ERROR, "Committee " + COMMITTEE + " has 3 secretaries; a committee"
                + " has exactly one.",
                "คณะกรรมการ " + COMMITTEE + " มีเลขานุการ 3 คน คณะกรรมการต้องมีเลขานุการเพียงคนเดียว");
    }

    @Test
    void aCommitteeWithOneSecretaryPasses() {
        PlanModel model = F.createPlanModel();
        committee(model, CHAIR, MEMBER, SECRETARY, ASSISTANT_SECRETARY, ASSISTANT_SECRETARY);
        assertEquals(List.of(), RuleTester.run(new CommitteeHasOneSecretary(), model));
    }
}
