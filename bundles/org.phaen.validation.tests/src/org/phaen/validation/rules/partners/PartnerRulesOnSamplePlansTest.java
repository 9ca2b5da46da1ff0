package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.Membership;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;

/**
 * The partner rules on the sample plans in models/, loaded together, find nothing: the three MOUs have two or
 * three parties and terms that outlast FY 2562, the committees one chair, one secretary and an appointment
 * order each, and every recognition a recipient and a reason.
 */
class PartnerRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoPartnerFindings() throws Exception {
        List<Rule> rules = List.of(new MouHasTwoParties(), new MouEndsAfterStart(), new ExpiredMouNotLinkedToActiveProject(),
                new CommitteeHasOneChair(), new CommitteeHasOneSecretary(), new CommitteeHasAppointmentOrder(),
                new RecognitionHasRecipientAndReason(), new MembershipNamesMemberAndRole());
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertTrue(context.all(Membership.class).size() >= 20, "the samples were read");
        assertEquals(List.of(), new PlanValidator(rules).validate(set.getResources(), context).findings());
    }
}
