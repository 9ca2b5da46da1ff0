/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.book.BookText;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.NeighbourPlans;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.diagram.svg.PrintedDiagram;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.Alignment;
import org.phaen.model.PlanDocument;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.model.trace.Traceability;

/**
 * The annex figures drawn by the diagram engine, laid out as the diagram editor lays them out (positions fixed by hand
 * in the plan's notation file kept): the strategy map of the plan (its issues, goals and strategies, and the projects
 * that implement them) and the alignment diagram (the plan beside the plans it aligns to). {@link PrintedDiagram} puts
 * each on A4 landscape pages with labels of 8 pt or more, tiled over several pages when a diagram is too large, each
 * page a vector SVG; the 300 dpi PNG a DOCX needs is made only when a DOCX is written ({@link #withPictures}).
 */
public final class AnnexDiagrams {

    /** Room kept on a figure's page for the chapter heading above it. */
    private static final double HEADING_PT = 48;

    private static final int DPI = 300;

    private AnnexDiagrams() {}

    /** The book with its annex slots showing the plan's diagrams, a figure per printed page. */
    public static FlowDocument drawn(FlowDocument book, StrategicPlan plan, BookText text) {
        Map<String, List<PrintedDiagram.Page>> pages = Map.of(
                AnnexPart.STRATEGY_MAP, pages("strategy-map", plan, strategyMap(plan)),
                AnnexPart.ALIGNMENT, pages("alignment", plan, alignment(plan)));
        return book.expand(block -> block instanceof Figure f && f.empty() && pages.containsKey(f.slot())
                ? figures(f, pages.get(f.slot()), text)
                : List.of(block));
    }

    /** The book with a 300 dpi PNG beside every SVG drawing that has none (for Word, which shows no SVG of its own). */
    public static FlowDocument withPictures(FlowDocument book) {
        return book.expand(block -> List.of(
                block instanceof Figure f
                                && !f.empty()
                                && f.drawing().png() == null
                                && f.drawing().svg() != null
                        ? new Figure(f.slot(), f.caption(), picture(f.drawing()), f.anchor())
                        : block));
    }

    private static List<Block> figures(Figure slot, List<PrintedDiagram.Page> pages, BookText text) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PrintedDiagram.Page page = pages.get(i);
            String caption = pages.size() == 1
                    ? slot.caption()
                    : text.word("annex.sheet", slot.caption(), text.number(i + 1), text.number(pages.size()));
            out.add(new Figure(
                    slot.slot(),
                    caption,
                    new Figure.Drawing(page.svg(), null, page.widthPt(), page.heightPt()),
                    i == 0 ? slot.anchor() : null));
        }
        return out;
    }

    private static List<PrintedDiagram.Page> pages(String kind, StrategicPlan plan, Predicate<EObject> shown) {
        Resource resource = plan.eResource();
        // The badges of the plans beside the plan's file (the provinces' plans the region received), as the editor's.
        DiagramEngine engine = resource != null
                        && resource.getResourceSet() != null
                        && resource.getURI() != null
                        && resource.getURI().isFile()
                ? new DiagramEngine(
                        FontTextMeasure.sarabun(),
                        StatusSource.NONE,
                        NeighbourPlans.of(Path.of(resource.getURI().toFileString()), resource.getResourceSet()))
                : new DiagramEngine();
        DiagramGraph graph = resource != null && resource.getResourceSet() != null
                ? engine.build(Descriptions.load(kind), resource.getResourceSet(), shown)
                : engine.build(Descriptions.load(kind), List.of(EcoreUtil.getRootContainer(plan)), shown);
        new ElkLayout().layout(graph, pins(resource, kind));
        PrintedDiagram.Paper paper = PrintedDiagram.Paper.A4_LANDSCAPE;
        return PrintedDiagram.pages(graph, paper.printableWidth(), paper.printableHeight() - HEADING_PT);
    }

    /** The plan, what it holds, and the projects implementing its strategies. */
    static Predicate<EObject> strategyMap(StrategicPlan plan) {
        return e -> e == plan
                || EcoreUtil.isAncestor(plan, e)
                || e instanceof Project p
                        && p.getImplementsStrategies().stream().anyMatch(s -> EcoreUtil.isAncestor(plan, s));
    }

    /** The plan and the plans its alignments lead to, with what they hold. */
    static Predicate<EObject> alignment(StrategicPlan plan) {
        Set<PlanDocument> plans = new HashSet<>(List.of(plan));
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Alignment a
                    && a.getTarget() != null
                    && !a.getTarget().eIsProxy()
                    && Traceability.documentOf(a.getTarget()) != null) {
                plans.add(Traceability.documentOf(a.getTarget()));
            }
        });
        return e -> plans.contains(Traceability.documentOf(e));
    }

    private static Map<String, Pin> pins(Resource resource, String kind) {
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile() || resource.getResourceSet() == null) {
            return Map.of();
        }
        try {
            return NotationFile.load(Path.of(uri.toFileString()), resource.getResourceSet())
                    .pins(kind);
        } catch (IOException e) {
            // An unreadable notation file only loses the positions fixed by hand: the book is made, and says so.
            System.err.println("The diagram positions beside " + uri.toFileString() + " could not be read (" + e
                    + "): the annex lays the diagrams out anew");
            return Map.of();
        }
    }

    private static Figure.Drawing picture(Figure.Drawing drawing) {
        try {
            return new Figure.Drawing(
                    drawing.svg(),
                    org.phaen.diagram.svg.PngExport.toPng(drawing.svg(), DPI / 72.0),
                    drawing.widthPt(),
                    drawing.heightPt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
