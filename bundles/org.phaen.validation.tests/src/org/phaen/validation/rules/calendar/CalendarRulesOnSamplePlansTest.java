package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleContext;

/** The calendar rules on the sample plans in models/, loaded together, find nothing. */
class CalendarRulesOnSamplePlansTest {

    @Test
    void theSamplePlansKeepTheCalendar() throws Exception {
        List<Rule> rules = List.of(new ProjectWithinFiscalYear(), new ScheduleWithinProject(), new BuddhistEraYears(),
                new ReportingPeriodFitsFiscalYear(), new EndNotBeforeStart(), new ScheduleHasDates());
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set);
        RuleContext context = new RuleContext(set);
        assertFalse(context.all(Activity.class).isEmpty(), "the samples were read");
        assertFalse(context.all(ReportingPeriod.class).isEmpty(), "the samples were read");
        assertEquals(List.of(), new PlanValidator(rules).validate(set.getResources(), context).findings());
    }
}
