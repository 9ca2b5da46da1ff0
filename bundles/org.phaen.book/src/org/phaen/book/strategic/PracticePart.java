/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.List;
import org.phaen.book.BookText;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicPlan;

/**
 * Part 4, back on portrait pages: carrying the plan into practice, resource mobilisation and participation, and
 * monitoring and evaluation. Each chapter prints the plan's own text for it, with the model's tables after the sections
 * that name them and the tables no section names at the chapter's end ({@link PartTables}).
 */
final class PracticePart {

    /** The chapters of part 4: their wording key and their tables in the order they stand when no text places them. */
    private static final List<Chapter> CHAPTERS = List.of(
            new Chapter("practice.implementation", SectionKind.IMPLEMENTATION, List.of(PartTables.DRIVE_ACTIVITIES)),
            new Chapter(
                    "practice.resources",
                    SectionKind.RESOURCE_MOBILISATION,
                    List.of(
                            PartTables.FUNDING_SOURCES,
                            PartTables.PARTNER_ORGANIZATIONS,
                            PartTables.LEARNING_RESOURCES,
                            PartTables.RESOURCE_PERSONS,
                            PartTables.MOUS,
                            PartTables.COMMITTEES,
                            PartTables.RECOGNITIONS)),
            new Chapter(
                    "practice.monitoring",
                    SectionKind.MONITORING_EVALUATION,
                    List.of(
                            PartTables.MONITORING_COMMITTEE,
                            PartTables.MONITORING_INSTRUMENTS,
                            PartTables.REPORTING_AGENCIES,
                            PartTables.PARTICIPATION_CHANNELS,
                            PartTables.REPORTING_SCHEDULES)));

    private record Chapter(String key, SectionKind kind, List<String> tables) {}

    private PracticePart() {}

    static void write(Outline outline, StrategicPlan plan, PartTables tables) {
        BookText text = outline.text();
        outline.portrait();
        outline.part(text.word("part.practice"), null);
        for (Chapter chapter : CHAPTERS) {
            outline.chapter(text.word(chapter.key()), null);
            Narrative.write(outline, plan, chapter.kind(), outline::topic, tables::write);
            chapter.tables().forEach(tables::write);
        }
    }
}
