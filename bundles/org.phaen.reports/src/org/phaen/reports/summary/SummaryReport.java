/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.phaen.documents.Wording;
import org.phaen.model.Organization;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.reports.internal.content.BudgetSection;
import org.phaen.reports.internal.content.IndicatorSection;
import org.phaen.reports.internal.content.ProjectSection;
import org.phaen.reports.internal.content.SourceBudget;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.document.Tone;

/** The action-plan summary as report content: one part per strategic issue, then the plan's budget and the schedule. */
public final class SummaryReport {

    private SummaryReport() {}

    public static Report of(ActionPlanSummary s) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (IssueSummary issue : s.issues()) {
            String title = issue.issue() == null ? ThaiTexts.text("summary.unlinked") : ThaiTexts.label(issue.issue());
            blocks.add(new Block.Heading(2, n + ". " + title));
            blocks.add(new Block.Paragraph(ThaiTexts.text(
                    "summary.projectCount", String.valueOf(issue.projects().size()))));
            blocks.add(ProjectSection.table(issueSheet(n, "projects"), issue.projects()));
            blocks.add(BudgetSection.table(issueSheet(n, "budget"), issue.budget()));
            if (!issue.indicators().isEmpty()) {
                blocks.add(IndicatorSection.table(
                        issueSheet(n, "indicators"), s.scope().fiscalYear(), issue.indicators()));
            }
            n++;
        }
        blocks.add(new Block.Paragraph(IndicatorSection.RULES));
        blocks.add(new Block.Heading(2, n++ + ". " + ThaiTexts.text("summary.planBudget")));
        blocks.addAll(BudgetSection.blocks(
                ThaiTexts.text("summary.planBudgetSheet"), "budget", SourceBudget.of(s.allProjects())));
        blocks.add(new Block.Heading(2, n + ". " + ThaiTexts.text("summary.schedule")));
        blocks.add(schedule(s));
        return new Report(
                ThaiTexts.text("summary.title"),
                List.of(
                        s.plan().getName(),
                        s.scope().year().labelTh(),
                        ThaiTexts.period(s.scope().period(), s.scope().cutoff()),
                        ThaiTexts.text("summary.deliveryAsOf", ThaiDates.formatLong(s.today()))),
                blocks);
    }

    /** The sheet of issue {@code n}'s {@code what} (projects, budget, indicators). */
    private static String issueSheet(int n, String what) {
        return ThaiTexts.text("summary.issueSheet", String.valueOf(n), ThaiTexts.text(what));
    }

    private static Block.Table schedule(ActionPlanSummary s) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ScheduleRow r : s.schedule()) {
            long late = r.daysLate(s.today());
            String state = r.state().labelTh()
                    + (late > 0 ? " " + ThaiTexts.text("summary.daysLate", String.valueOf(late)) : "")
                    + (r.delivered() != null && !r.missing().isEmpty()
                            ? " " + Wording.THAI.text("delivery.missing", names(r.missing()))
                            : "");
            rows.add(List.of(
                    Cell.text(ThaiTexts.name(r.report())),
                    Cell.text(
                            r.report().getPeriod() == null
                                    ? "-"
                                    : r.report().getPeriod().getName()),
                    Cell.text(r.due() == null ? "-" : ThaiDates.formatLong(r.due())),
                    Cell.text(r.delivered() == null ? "-" : ThaiDates.formatLong(r.delivered())),
                    Cell.text(names(r.planned())),
                    Cell.text(r.delivered() == null ? "-" : names(r.sentTo()))
                            .toned(r.delivered() != null && !r.missing().isEmpty() ? Tone.FAIR : Tone.NONE),
                    Cell.number(BigDecimal.valueOf(late), Long.toString(late))
                            .toned(r.state().tone()),
                    Cell.text(state).toned(r.state().tone())));
        }
        return new Block.Table(
                ThaiTexts.text("schedule.sheet"),
                ThaiTexts.columns("schedule.columns"),
                List.of(22, 14, 10, 10, 16, 16, 6, 10),
                rows);
    }

    private static String names(List<Organization> organizations) {
        return organizations.isEmpty()
                ? "-"
                : organizations.stream().map(ThaiTexts::name).collect(Collectors.joining(", "));
    }
}
