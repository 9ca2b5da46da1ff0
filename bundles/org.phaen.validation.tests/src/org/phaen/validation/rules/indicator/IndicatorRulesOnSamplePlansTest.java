package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;

/**
 * The indicator rules on the sample plans in models/, loaded together, find nothing: every plan indicator has
 * a baseline and a rising, falling or level series of targets for 2561-2565; the project indicators without a
 * baseline are new undertakings, which PH-IND-003 allows.
 */
class IndicatorRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoIndicatorFindings() throws Exception {
        List<Rule> rules = List.of(new IndicatorHasUnit(), new IndicatorHasValueType(), new IndicatorHasBaseline(),
                new IndicatorHasTargetEveryYear(), new IndicatorHasDirection(), new TargetsFollowDirection(), new OneTargetPerYear(),
                new IndicatorValuesFitValueType(), new TargetsWithinPlanPeriod());
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertTrue(context.all(Indicator.class).size() > 40, "the samples were read");
        assertEquals(List.of(), new PlanValidator(rules).validate(set.getResources(), context).findings());
    }
}
