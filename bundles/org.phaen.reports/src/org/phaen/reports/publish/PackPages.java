/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ParticipationChannel;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.PlanLinks;
import org.phaen.reports.internal.content.BudgetSection;
import org.phaen.reports.internal.content.IndicatorSection;
import org.phaen.reports.internal.content.ProjectSection;
import org.phaen.reports.internal.content.SourceBudget;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Numbers;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.IssueSummary;

/**
 * The pages of the public pack as report content. They name plans, issues, projects and organisations, never a
 * person: no responsible person, no committee, no contact detail; the citizen channels are the only addresses.
 */
final class PackPages {

    static final String FEEDBACK = ThaiTexts.text("publish.feedback");

    private final ActionPlanSummary s;
    private final List<String> heading;

    PackPages(ActionPlanSummary summary) {
        this.s = summary;
        this.heading = List.of(s.plan().getName(), s.scope().year().labelTh());
    }

    Report index() {
        List<SourceBudget> budget = SourceBudget.of(s.allProjects());
        BigDecimal allocated = budget.stream().map(SourceBudget::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal disbursed = budget.stream().map(SourceBudget::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add);
        ActionPlan plan = s.plan();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(ThaiTexts.text("publish.owner", ThaiTexts.name(plan.getOwnerAgency()))));
        if (plan.getStrategicPlan() != null) {
            blocks.add(new Block.Paragraph(
                    ThaiTexts.text("publish.alignedWith", ThaiTexts.name(plan.getStrategicPlan()))));
        }
        long issues = s.issues().stream().filter(i -> i.issue() != null).count();
        blocks.add(new Block.Table(
                ThaiTexts.text("publish.overview"),
                ThaiTexts.columns("publish.overview.columns"),
                List.of(3, 2),
                List.of(
                        List.of(Cell.link(ThaiTexts.text("issues"), "issues.html"), count(issues)),
                        List.of(
                                Cell.link(ThaiTexts.text("projects"), "projects.html"),
                                count(s.allProjects().size())),
                        List.of(
                                Cell.link(ThaiTexts.text("publish.budget"), "budget.html"),
                                Cell.number(allocated, Numbers.baht(allocated))),
                        List.of(
                                Cell.link(ThaiTexts.text("publish.disbursed"), "budget.html"),
                                Cell.number(disbursed, Numbers.baht(disbursed))))));
        blocks.add(new Block.Paragraph(ThaiTexts.text("publish.invite", FEEDBACK)));
        blocks.addAll(channels());
        return new Report(ThaiTexts.text("publish.title"), heading, blocks);
    }

    Report issues() {
        List<List<Cell>> rows = new ArrayList<>();
        for (IssueSummary i : s.issues()) {
            if (i.issue() != null) {
                BigDecimal money =
                        i.budget().stream().map(SourceBudget::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
                rows.add(List.of(
                        Cell.text(ThaiTexts.label(i.issue())),
                        Cell.text(String.join(
                                "; ",
                                i.issue().getGoals().stream()
                                        .map(ThaiTexts::name)
                                        .toList())),
                        count(i.projects().size()),
                        Cell.number(money, Numbers.baht(money))));
            }
        }
        return new Report(
                ThaiTexts.text("issues"),
                heading,
                List.of(new Block.Table(
                        ThaiTexts.text("issues"),
                        ThaiTexts.columns("publish.issues.columns"),
                        List.of(30, 40, 10, 15),
                        rows)));
    }

    Report projects() {
        return new Report(
                ThaiTexts.text("projects"),
                heading,
                ProjectSection.blocks(ThaiTexts.text("projects"), "projects", s.allProjects()));
    }

    Report budget() {
        return new Report(
                ThaiTexts.text("budget.bySource"),
                heading,
                BudgetSection.blocks(ThaiTexts.text("budget"), "budget", SourceBudget.of(s.allProjects())));
    }

    Report progress() {
        Set<IndicatorResult> seen = new LinkedHashSet<>();
        List<IndicatorResult> all = new ArrayList<>();
        s.issues()
                .forEach(i -> i.indicators().stream()
                        .filter(r -> seen.stream().noneMatch(x -> x.indicator() == r.indicator()))
                        .forEach(r -> {
                            seen.add(r);
                            all.add(r);
                        }));
        List<Block> blocks = new ArrayList<>(IndicatorSection.blocks(
                ThaiTexts.text("indicators"), "indicators", s.scope().fiscalYear(), all));
        blocks.add(new Block.Paragraph(IndicatorSection.RULES));
        return new Report(ThaiTexts.text("publish.progressTitle"), heading, blocks);
    }

    Report feedback() {
        return new Report(FEEDBACK, heading, channels());
    }

    private static Cell count(long n) {
        return Cell.number(BigDecimal.valueOf(n), Long.toString(n));
    }

    private List<Block> channels() {
        List<List<Cell>> rows = new ArrayList<>();
        for (MonitoringPlan m : PlanLinks.monitoringPlans(s.plan())) {
            for (ParticipationChannel c : m.getParticipationChannels()) {
                String href = ChannelTexts.href(c);
                rows.add(List.of(
                        Cell.text(ThaiTexts.name(c)),
                        Cell.text(ChannelTexts.kind(c)),
                        href == null ? Cell.text(c.getAddress()) : Cell.link(c.getAddress(), href),
                        Cell.text(c.getAudience())));
            }
        }
        return List.of(
                new Block.Heading(2, ThaiTexts.text("publish.channels")),
                new Block.Table(
                        ThaiTexts.text("publish.channels.sheet"),
                        ThaiTexts.columns("publish.channels.columns"),
                        List.of(30, 15, 30, 25),
                        rows));
    }
}
