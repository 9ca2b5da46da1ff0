package org.phaen.validation.rules.budget;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.BudgetLine;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;

/**
 * The budget rules on the sample plans in models/, loaded together, find nothing: every budget line of the
 * Phitsanulok projects has an amount to the satang, a category, a status and a source (often a regional source
 * in the other file), and every source stays within its FY 2562 ceiling. The samples declare no budget totals.
 */
class BudgetRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoBudgetFindings() throws Exception {
        List<Rule> rules = List.of(new BudgetLineHasAmount(), new AmountsToTheSatang(), new BudgetLineHasFundingSource(),
                new FundingSourceWithinCeiling(), new DeclaredTotalsReconcile(), new BudgetLineClassified(), new FundingSourceDescribed());
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertTrue(context.all(BudgetLine.class).size() >= 30, "the samples were read");
        assertEquals(List.of(), new PlanValidator(rules).validate(set.getResources(), context).findings());
    }
}
