/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.reports.Samples.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.reports.Samples;

/** The action-plan summary of the sample: issues, projects under them, and schedule compliance. */
class SummaryTest {

    private static Samples samples;
    private static ActionPlanSummary summary;

    @BeforeAll
    static void build() throws Exception {
        samples = Samples.load();
        summary = ActionPlanSummary.of(samples.actionPlan(), samples.period("2562-C6"), samples.facts(), TODAY);
    }

    @Test
    void oneSectionPerStrategicIssueAndEveryProjectPlaced() {
        assertEquals(
                samples.actionPlan().getStrategicPlan().getStrategicIssues().size(),
                summary.issues().stream().filter(i -> i.issue() != null).count());
        long placed = summary.issues().stream()
                .flatMap(i -> i.projects().stream())
                .map(p -> p.project())
                .distinct()
                .count();
        assertEquals(samples.actionPlan().getProjects().size(), placed);
        assertTrue(summary.issues().stream()
                .allMatch(i -> i.issue() == null || !i.indicators().isEmpty()));
    }

    @Test
    void scheduleStatesAsOfTheDay() {
        Map<String, ScheduleRow> rows = summary.schedule().stream()
                .collect(Collectors.toMap(r -> r.report().getUuid(), r -> r));
        assertEquals(DeliveryState.ON_TIME, rows.get(REPORT_Q1).state());
        assertEquals(DeliveryState.LATE, rows.get(REPORT_Q2).state());
        assertEquals(10, rows.get(REPORT_Q2).daysLate(TODAY));
        assertEquals(
                DeliveryState.OVERDUE, rows.get(REPORT_C6).state()); // due 15 April 2019, nothing delivered by 1 May
        assertEquals(16, rows.get(REPORT_C6).daysLate(TODAY));
        assertEquals(8, rows.size());
        assertEquals(
                5,
                rows.values().stream()
                        .filter(r -> r.state() == DeliveryState.NOT_DUE)
                        .count());
        assertEquals(LocalDate.of(2019, 1, 10), summary.schedule().get(0).due()); // sorted by due date
    }

    /** Sent on time to 2 of its 3 recipients: incomplete, and the report names who did not get it. */
    @Test
    void sentToFewerRecipientsThanScheduledIsIncomplete() {
        LocalDate due = LocalDate.of(2019, 4, 15);
        assertEquals(DeliveryState.INCOMPLETE, ScheduleRow.state(due, due, due.plusDays(30), true));
        assertEquals(DeliveryState.LATE, ScheduleRow.state(due, due.plusDays(2), due.plusDays(30), true));
        assertTrue(DeliveryState.INCOMPLETE.flagged());
        assertEquals("ส่งไม่ครบ", DeliveryState.INCOMPLETE.labelTh());
    }

    @Test
    void stateRules() {
        LocalDate due = LocalDate.of(2019, 4, 15);
        assertEquals(DeliveryState.ON_TIME, ScheduleRow.state(due, due, due.plusDays(30)));
        assertEquals(DeliveryState.LATE, ScheduleRow.state(due, due.plusDays(1), due.plusDays(30)));
        assertEquals(DeliveryState.NOT_DUE, ScheduleRow.state(due, null, due));
        assertEquals(DeliveryState.OVERDUE, ScheduleRow.state(due, null, due.plusDays(1)));
    }
}
