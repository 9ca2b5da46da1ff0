/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phaen.model.Indicator;
import org.phaen.model.Organization;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Numbers;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.document.Tone;

/**
 * The region's consolidated view as a report: the packages not yet received, for each regional strategy the
 * provincial strategies and projects aligned to it, for each regional indicator each province's contribution and
 * status, and a province by indicator status table. Rendered by the reports' HTML, DOCX and XLSX writers.
 */
public final class RegionalReport {

    private final RegionalPlans plans;
    private final RegionalTexts texts;
    private final List<ProvinceResults> provinces = new ArrayList<>();
    private final int fiscalYear;

    public RegionalReport(RegionalPlans plans, int fiscalYear, MonitoringFacts facts, RegionalTexts texts) {
        this.plans = plans;
        this.texts = texts;
        this.fiscalYear = fiscalYear;
        plans.provinces().forEach(p -> provinces.add(new ProvinceResults(p, fiscalYear, facts)));
    }

    /** @param arrived the offices (by uuid) whose package for the period is in the store; {@code periodName} says which period */
    public Report build(Set<String> arrived, String periodName) {
        List<Block> blocks = new ArrayList<>();
        List<Organization> expected = plans.expectedOffices();
        List<Organization> missing =
                expected.stream().filter(o -> !arrived.contains(o.getUuid())).toList();
        blocks.add(new Block.Heading(1, texts.get("section.missing")));
        blocks.add(new Block.Paragraph(
                missing.isEmpty()
                        ? texts.get("missing.none")
                        : texts.get(
                                "missing.some",
                                String.join(
                                        ", ",
                                        missing.stream().map(ThaiTexts::label).toList()))));
        blocks.add(new Block.Table(
                texts.get("sheet.missing"),
                List.of(texts.get("column.office"), texts.get("column.received")),
                List.of(4, 1),
                expected.stream()
                        .map(o -> List.of(Cell.text(ThaiTexts.label(o)), received(arrived.contains(o.getUuid()))))
                        .toList()));
        blocks.add(new Block.Heading(1, texts.get("section.strategies")));
        blocks.add(strategies());
        blocks.add(new Block.Heading(1, texts.get("section.indicators")));
        blocks.add(indicators());
        blocks.add(new Block.Heading(1, texts.get("section.matrix")));
        blocks.add(new Block.Paragraph(texts.get("matrix.note")));
        blocks.add(matrix());
        List<String> subtitle = List.of(
                texts.get("subtitle.plan", ThaiTexts.label(plans.region())),
                texts.get("subtitle.period", periodName),
                texts.get(
                        "subtitle.provinces",
                        String.valueOf(expected.size() - missing.size()),
                        String.valueOf(expected.size())));
        return new Report(texts.get("title", String.valueOf(fiscalYear)), subtitle, blocks);
    }

    private Cell received(boolean yes) {
        return Cell.text(texts.get(yes ? "received.yes" : "received.no")).toned(yes ? Tone.GOOD : Tone.BAD);
    }

    private Block.Table strategies() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Strategy regional : regionalStrategies()) {
            boolean any = false;
            for (ProvinceResults p : provinces) {
                for (Strategy own : Alignments.alignedTo(p.strategies, regional)) {
                    List<Project> projects = p.province.projects().stream()
                            .filter(pr -> pr.getImplementsStrategies().contains(own))
                            .toList();
                    rows.add(List.of(
                            Cell.text(any ? "" : ThaiTexts.label(regional)),
                            Cell.text(p.province.label()),
                            Cell.text(ThaiTexts.label(own)),
                            Cell.number(
                                    java.math.BigDecimal.valueOf(projects.size()), Integer.toString(projects.size())),
                            Cell.text(
                                    projects.isEmpty()
                                            ? texts.get("none")
                                            : String.join(
                                                    "; ",
                                                    projects.stream()
                                                            .map(ThaiTexts::label)
                                                            .toList()))));
                    any = true;
                }
            }
            if (!any) {
                rows.add(List.of(
                        Cell.text(ThaiTexts.label(regional)),
                        Cell.text("-"),
                        Cell.text(texts.get("none")).toned(Tone.BAD),
                        Cell.number(java.math.BigDecimal.ZERO, "0"),
                        Cell.text("-")));
            }
        }
        return new Block.Table(
                texts.get("sheet.strategies"),
                List.of(
                        texts.get("column.regionalStrategy"),
                        texts.get("column.province"),
                        texts.get("column.provincialStrategy"),
                        texts.get("column.projectCount"),
                        texts.get("column.projects")),
                List.of(4, 2, 4, 1, 6),
                rows);
    }

    private Block.Table indicators() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator regional : regionalIndicators()) {
            boolean first = true;
            for (ProvinceResults p : provinces) {
                for (Indicator own : Alignments.alignedTo(p.indicators, regional)) {
                    IndicatorResult result = p.assess(own);
                    IndicatorStatus status = result == null ? IndicatorStatus.NO_DATA : result.status();
                    rows.add(List.of(
                            Cell.text(first ? ThaiTexts.label(regional) : ""),
                            Cell.text(p.province.label()),
                            Cell.text(own.getCode()),
                            number(result == null ? null : result.target()),
                            number(result == null ? null : result.actual()),
                            status(status)));
                    first = false;
                }
            }
        }
        return new Block.Table(
                texts.get("sheet.indicators"),
                List.of(
                        texts.get("column.regionalIndicator"),
                        texts.get("column.province"),
                        texts.get("column.provincialIndicator"),
                        texts.get("column.target"),
                        texts.get("column.actual"),
                        texts.get("column.status")),
                List.of(6, 2, 3, 2, 2, 2),
                rows);
    }

    private Block.Table matrix() {
        List<Indicator> regional = regionalIndicators();
        List<String> columns = new ArrayList<>(List.of(texts.get("column.province")));
        regional.forEach(i -> columns.add(i.getCode()));
        List<Integer> widths = new ArrayList<>(List.of(3));
        regional.forEach(i -> widths.add(2));
        List<List<Cell>> rows = new ArrayList<>();
        for (ProvinceResults p : provinces) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(p.province.label())));
            for (Indicator r : regional) {
                List<Indicator> own = Alignments.alignedTo(p.indicators, r);
                IndicatorResult result = own.isEmpty() ? null : p.assess(own.get(0));
                row.add(
                        own.isEmpty()
                                ? Cell.text("-")
                                : status(result == null ? IndicatorStatus.NO_DATA : result.status()));
            }
            rows.add(row);
        }
        return new Block.Table(texts.get("sheet.matrix"), columns, widths, rows);
    }

    private Cell status(IndicatorStatus status) {
        return Cell.text(texts.thai() ? status.labelTh() : status.labelEn()).toned(status.tone());
    }

    private static Cell number(java.math.BigDecimal value) {
        return value == null ? Cell.text("-") : Cell.number(value, Numbers.value(value));
    }

    private List<Strategy> regionalStrategies() {
        return plans.region().getStrategicIssues().stream()
                .flatMap(i -> i.getStrategies().stream())
                .toList();
    }

    private List<Indicator> regionalIndicators() {
        List<Indicator> all = new ArrayList<>();
        for (StrategicIssue issue : plans.region().getStrategicIssues()) {
            issue.getGoals().forEach(g -> all.addAll(g.getIndicators()));
        }
        return all;
    }
}
