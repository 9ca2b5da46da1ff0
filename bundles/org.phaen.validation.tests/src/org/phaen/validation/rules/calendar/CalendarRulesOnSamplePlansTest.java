/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.ReportingPeriod;
import org.phaen.validation.Rule;
import org.phaen.validation.SampleFindings;

/** The calendar rules on the sample plans in models/, loaded together, find nothing. */
class CalendarRulesOnSamplePlansTest {

    @Test
    void theSamplePlansKeepTheCalendar() throws Exception {
        List<Rule> rules = List.of(
                new ProjectWithinFiscalYear(),
                new ScheduleWithinProject(),
                new BuddhistEraYears(),
                new ReportingPeriodFitsFiscalYear(),
                new EndNotBeforeStart(),
                new ScheduleHasDates());
        SampleFindings samples = SampleFindings.load();
        assertFalse(samples.all(Activity.class).isEmpty(), "the samples were read");
        assertFalse(samples.all(ReportingPeriod.class).isEmpty(), "the samples were read");
        assertEquals(List.of(), samples.findings(rules));
    }
}
