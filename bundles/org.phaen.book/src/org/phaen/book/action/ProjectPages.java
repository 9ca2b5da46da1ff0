/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.action;

import java.util.ArrayList;
import java.util.List;
import org.phaen.book.BookText;
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.model.TargetGroup;
import org.phaen.model.query.Targets;

/**
 * One project of the action plan: what it serves, why, its objectives and target groups, its indicators with the
 * year's targets, period and place, activities by quarter, budget by source and quarter, and who is responsible.
 */
final class ProjectPages {

    private ProjectPages() {}

    static void write(Outline outline, ActionPlan plan, Project project, int number) {
        BookText text = outline.text();
        outline.chapter(text.name(project), project);
        field(outline, "project.code", text.code(project));
        List<String> strategies = project.getImplementsStrategies().stream()
                .map(s -> code(s) + text.name(s))
                .toList();
        items(outline, "project.strategies", strategies, false);
        if (project.getRationale() != null) {
            outline.minor(text.word("project.rationale"), null);
            outline.body(text.digits(project.getRationale()));
        }
        items(
                outline,
                "project.objectives",
                project.getObjectives().stream().map(text::digits).toList(),
                true);
        List<String> groups = new ArrayList<>();
        for (TargetGroup g : project.getTargetGroups()) {
            String quantity = g.getQuantity() > 0
                    ? " " + text.word("project.quantity", text.number(g.getQuantity()), text.digits(g.getUnit()))
                    : "";
            groups.add(text.digits(g.getDescription()) + quantity);
        }
        items(outline, "project.targetGroups", groups, true);
        indicators(outline, plan, project);
        field(
                outline,
                "project.period",
                text.word("table.period", text.date(project.getStartDate()), text.date(project.getEndDate())));
        field(outline, "project.location", text.digits(project.getLocation()));
        QuarterTables.activities(outline, plan, project);
        QuarterTables.budget(outline, plan, project);
        field(
                outline,
                "project.responsible",
                project.getResponsibleOrganization() == null ? "" : text.name(project.getResponsibleOrganization()));
        field(
                outline,
                "project.person",
                project.getResponsiblePerson() == null ? "" : text.name(project.getResponsiblePerson()));
        field(
                outline,
                "project.partners",
                String.join(", ", project.getPartners().stream().map(text::name).toList()));
    }

    private static String code(Strategy s) {
        return s.getCode() == null ? "" : s.getCode() + " ";
    }

    /** A "label: value" line, left out when there is no value. */
    private static void field(Outline outline, String key, String value) {
        if (value != null && !value.isBlank()) {
            outline.add(new Paragraph(
                    Paragraph.Role.PLAIN, List.of(Run.bold(outline.text().word(key) + " "), Run.of(value)), null));
        }
    }

    private static void items(Outline outline, String key, List<String> values, boolean numbered) {
        if (values.isEmpty()) {
            return;
        }
        BookText text = outline.text();
        outline.minor(text.word(key), null);
        List<ItemList.Item> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            items.add(ItemList.Item.of(numbered ? text.digits((i + 1) + ".") : "\u2022", values.get(i)));
        }
        outline.list(new ItemList(numbered ? ItemList.Kind.NUMBERED : ItemList.Kind.BULLETED, items, null));
    }

    /** The project's own indicators and the plan indicators it is measured by, with the fiscal year's target. */
    private static void indicators(Outline outline, ActionPlan plan, Project project) {
        BookText text = outline.text();
        List<Indicator> all = new ArrayList<>(project.getIndicators());
        project.getMeasuredBy().stream().filter(i -> !all.contains(i)).forEach(all::add);
        if (all.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Indicator i : all) {
            String target = Targets.forYear(i, plan.getFiscalYear())
                    .map(t -> t.getValue() != null ? text.value(t.getValue()) : text.digits(t.getText()))
                    .orElse("-");
            rows.add(Rows.of(i, text.name(i), text.digits(i.getUnit()), target));
        }
        outline.minor(text.word("project.indicators"), null);
        outline.table(
                text.word("project.indicators.caption", text.name(project)),
                Rows.layout("L6 C2 R2"),
                List.of(Rows.header(
                        text.word("indicators.indicator"),
                        text.word("indicators.unit"),
                        text.word("project.target", text.year(plan.getFiscalYear())))),
                rows,
                null);
    }
}
