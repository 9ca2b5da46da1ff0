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
import org.eclipse.emf.ecore.EObject;
import org.phaen.book.BookText;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.PageBreak;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Alignment;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicPlan;
import org.phaen.model.trace.Traceability;

/**
 * The annexes: the strategy map and the alignment diagram (slots {@link #STRATEGY_MAP} and {@link #ALIGNMENT} that the
 * diagram engine fills, vector where the format allows), and the abbreviations: the codes the book's tables use for
 * organizations and plans, with what they stand for.
 */
public final class AnnexPart {

    /** Slot names of the annex figures. */
    public static final String STRATEGY_MAP = "strategy_map", ALIGNMENT = "alignment";

    private AnnexPart() {}

    static void write(Outline outline, StrategicPlan plan) {
        BookText text = outline.text();
        outline.front(text.word("annex.title"), null);
        Narrative.write(outline, plan, SectionKind.ANNEX, outline::chapter, table -> {});
        // The diagrams stand on landscape pages, each chapter on a page of its own (AnnexDiagrams fills the slots).
        outline.landscape();
        outline.chapter(text.word("annex.strategyMap"), null);
        outline.add(new Figure(STRATEGY_MAP, text.word("annex.strategyMap.caption", text.name(plan)), null, null));
        outline.add(new PageBreak());
        outline.chapter(text.word("annex.alignment"), null);
        outline.add(new Figure(ALIGNMENT, text.word("annex.alignment.caption", text.name(plan)), null, null));
        outline.portrait();
        List<Row> body = new ArrayList<>();
        abbreviations(plan).forEach((code, element) -> body.add(Rows.of(null, code, text.name(element))));
        if (!body.isEmpty()) {
            outline.chapter(text.word("annex.abbreviations"), null);
            outline.table(
                    text.word("annex.abbreviations.caption"),
                    Rows.layout("L1 L4"),
                    List.of(Rows.header(text.word("annex.abbreviation"), text.word("annex.meaning"))),
                    body,
                    null);
        }
    }

    /** The organizations of the plan's file and the plans it aligns to, by code, sorted. */
    static Map<String, Named> abbreviations(StrategicPlan plan) {
        Map<String, Named> out = new TreeMap<>();
        if (plan.eContainer() instanceof PlanModel model) {
            for (Organization o : model.getOrganizations()) {
                put(out, o);
            }
            for (PlanDocument d : model.getPlans()) {
                put(out, d);
            }
        }
        for (var it = plan.eAllContents(); it.hasNext(); ) {
            EObject o = it.next();
            if (o instanceof Alignment a
                    && a.getTarget() != null
                    && !a.getTarget().eIsProxy()) {
                put(out, Traceability.documentOf(a.getTarget()));
            }
        }
        return out;
    }

    private static void put(Map<String, Named> out, Named element) {
        if (element != null && element.getCode() != null && !element.getCode().isBlank()) {
            out.putIfAbsent(element.getCode(), element);
        }
    }
}
