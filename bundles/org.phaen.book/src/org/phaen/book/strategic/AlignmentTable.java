/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaen.book.BookText;
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Alignment;
import org.phaen.model.Goal;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.trace.Traceability;

/**
 * The alignment of the plan's strategic issues and goals to the higher plan levels, on landscape pages: one row per
 * issue or goal, one column per level the plan aligns to (national strategy, master plans, NESDP, ministry policy,
 * ...), in the order of the levels; a cell lists what the element aligns to at that level.
 */
final class AlignmentTable {

    private AlignmentTable() {}

    static void write(Outline outline, StrategicPlan plan) {
        BookText text = outline.text();
        List<PlanElement> elements = new ArrayList<>();
        for (StrategicIssue issue : plan.getStrategicIssues()) {
            elements.add(issue);
            elements.addAll(issue.getGoals());
        }
        TreeMap<PlanLevel, Boolean> levels = new TreeMap<>();
        elements.forEach(e -> byLevel(text, e).keySet().forEach(l -> levels.put(l, true)));
        if (levels.isEmpty()) {
            return;
        }
        outline.landscape();
        outline.chapter(text.word("alignment.title"), null);
        List<Column> columns = Rows.layout("L1.3 " + "L1 ".repeat(levels.size()));
        List<String> header = new ArrayList<>(List.of(text.word("alignment.element")));
        for (PlanLevel level : levels.keySet()) {
            header.add(text.label(level));
        }
        List<Row> body = new ArrayList<>();
        for (PlanElement element : elements) {
            Map<PlanLevel, List<String>> targets = byLevel(text, element);
            List<Cell> cells = new ArrayList<>();
            String label = element instanceof Goal
                    ? text.word("alignment.goal", text.name(element))
                    : text.word("alignment.issue", text.name(element));
            cells.add(Cell.of(label));
            levels.keySet().forEach(l -> cells.add(Rows.lines(targets.getOrDefault(l, List.of()))));
            body.add(new Row(cells, element instanceof StrategicIssue, null));
        }
        outline.table(
                text.word("alignment.caption"), columns, List.of(Row.texts(header.toArray(String[]::new))), body, null);
    }

    /** What {@code element} aligns to, as "code name" lines, by the level of the target's plan. */
    private static Map<PlanLevel, List<String>> byLevel(BookText text, PlanElement element) {
        Map<PlanLevel, List<String>> out = new TreeMap<>();
        for (Alignment alignment : element.getAlignments()) {
            PlanElement target = alignment.getTarget();
            PlanDocument document = target == null || target.eIsProxy() ? null : Traceability.documentOf(target);
            if (document != null && document.getLevel() != null) {
                String code = target.getCode() == null ? "" : target.getCode() + " ";
                out.computeIfAbsent(document.getLevel(), l -> new ArrayList<>()).add(code + text.name(target));
            }
        }
        return out;
    }
}
