/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.phaen.documents.flow.ItemList;
import org.phaen.model.Identified;
import org.phaen.model.ModelTable;
import org.phaen.model.NarrativeSection;
import org.phaen.model.PlanDocument;
import org.phaen.model.SectionKind;
import org.phaen.model.TextBlock;
import org.phaen.model.TextBlockKind;

/**
 * The plan's own text (model 1.1) in the book: the narrative sections of one kind, in the order the plan gives them,
 * each under its heading with its paragraphs and numbered or bulleted lists, and after it the model-driven tables it
 * names ({@code tablesAfter}), which the part writes through {@code tables}.
 */
public final class Narrative {

    /** How the part writes a section's heading (a chapter, a topic, a front-matter title). */
    public interface Heading {
        void write(String title, Identified element);
    }

    private Narrative() {}

    /** Writes the sections of {@code kind}; returns whether there were any. */
    public static boolean write(
            Outline outline, PlanDocument plan, SectionKind kind, Heading heading, Consumer<ModelTable> tables) {
        BookText text = outline.text();
        boolean any = false;
        for (NarrativeSection section : plan.getNarrative()) {
            if (section.getKind() != kind) {
                continue;
            }
            any = true;
            String title = text.pick(section.getHeading(), section.getHeadingEn());
            if (!title.isBlank()) {
                heading.write(title, section);
            }
            blocks(outline, section);
            section.getTablesAfter().forEach(tables);
        }
        return any;
    }

    /** Whether the plan has text of {@code kind}. */
    public static boolean has(PlanDocument plan, SectionKind kind) {
        return plan.getNarrative().stream().anyMatch(s -> s.getKind() == kind);
    }

    private static void blocks(Outline outline, NarrativeSection section) {
        BookText text = outline.text();
        for (TextBlock block : section.getBlocks()) {
            TextBlockKind kind = block.getKind() == null ? TextBlockKind.PARAGRAPH : block.getKind();
            if (kind == TextBlockKind.PARAGRAPH) {
                outline.body(text.digits(block.getText()));
                continue;
            }
            boolean numbered = kind == TextBlockKind.NUMBERED_LIST;
            List<ItemList.Item> items = new ArrayList<>();
            for (int i = 0; i < block.getItems().size(); i++) {
                items.add(ItemList.Item.of(
                        numbered ? text.digits((i + 1) + ".") : "\u2022",
                        text.digits(block.getItems().get(i))));
            }
            outline.list(
                    new ItemList(numbered ? ItemList.Kind.NUMBERED : ItemList.Kind.BULLETED, items, block.getUuid()));
        }
    }
}
