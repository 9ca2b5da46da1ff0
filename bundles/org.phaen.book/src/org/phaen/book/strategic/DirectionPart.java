/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.List;
import org.phaen.book.BookText;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;
import org.phaen.model.Measure;
import org.phaen.model.Named;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * Part 2: vision and missions, then each strategic issue with its goals, its indicator table (baseline, unit and the
 * target of every fiscal year) and its strategies with their measures, and the alignment of issues and goals to the
 * higher plan levels.
 */
final class DirectionPart {

    private DirectionPart() {}

    static void write(Outline outline, StrategicPlan plan, PartTables tables) {
        BookText text = outline.text();
        outline.part(text.word("part.direction"), null);
        outline.chapter(text.word("direction.vision"), null);
        outline.add(new Paragraph(
                Paragraph.Role.BODY, List.of(Run.of(text.pick(plan.getVision(), plan.getVisionEn()))), null));
        outline.chapter(text.word("direction.missions"), null);
        outline.list(numbered(text, plan.getMissions(), ""));
        if (!plan.getCoreValues().isEmpty()) {
            outline.chapter(text.word("direction.values"), null);
            tables.write(PartTables.CORE_VALUES);
        }
        Narrative.write(outline, plan, SectionKind.OBJECTIVES, outline::chapter, tables::write);
        int n = 0;
        for (StrategicIssue issue : plan.getStrategicIssues()) {
            n++;
            outline.chapter(text.word("direction.issue", n, text.name(issue)), issue);
            outline.minor(text.word("direction.goals"), null);
            outline.list(numbered(text, issue.getGoals(), n + "."));
            IndicatorTable.write(outline, plan, issue);
            outline.minor(text.word("direction.strategies"), null);
            outline.list(strategies(text, issue, n));
        }
        AlignmentTable.write(outline, plan);
    }

    /** Elements as a numbered list, "prefix1", "prefix2", ...; each item carries its element's bookmark. */
    static ItemList numbered(BookText text, List<? extends Named> elements, String prefix) {
        List<ItemList.Item> items = new ArrayList<>();
        int i = 0;
        for (Named element : elements) {
            i++;
            String marker = prefix.isEmpty() ? i + "." : prefix + i; // 1. 2. ... or 1.1 1.2 ...
            items.add(
                    new ItemList.Item(text.digits(marker), List.of(Run.of(text.name(element))), 0, element.getUuid()));
        }
        return new ItemList(ItemList.Kind.NUMBERED, items, null);
    }

    private static ItemList strategies(BookText text, StrategicIssue issue, int n) {
        List<ItemList.Item> items = new ArrayList<>();
        int i = 0;
        for (Strategy strategy : issue.getStrategies()) {
            i++;
            items.add(new ItemList.Item(
                    text.digits(n + "." + i), List.of(Run.of(text.name(strategy))), 0, strategy.getUuid()));
            int k = 0;
            for (Measure measure : strategy.getMeasures()) {
                k++;
                items.add(new ItemList.Item(
                        text.digits("(" + k + ")"), List.of(Run.of(text.name(measure))), 1, measure.getUuid()));
            }
        }
        return new ItemList(ItemList.Kind.NUMBERED, items, null);
    }
}
