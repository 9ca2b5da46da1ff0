/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.engine.AlignedPlans;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.layout.Pin;

/** A diagram of the plans in a resource set written as SVG or PNG (by the file's extension), laid out as the editor shows it. */
public final class DiagramFiles {

    private DiagramFiles() {}

    /** {@code pins}: the positions fixed by hand for this diagram kind (the notation file's), kept by the layout. */
    public static DiagramGraph laidOut(String diagramType, ResourceSet plans, Map<String, Pin> pins) {
        return laidOut(diagramType, plans, pins, ElkLayout.ASPECT_RATIO);
    }

    /** Laid out toward {@code aspectRatio} (width / height), as an editor of that shape shows it. */
    public static DiagramGraph laidOut(
            String diagramType, ResourceSet plans, Map<String, Pin> pins, double aspectRatio) {
        return laidOut(diagramType, plans, pins, aspectRatio, AlignedPlans.NONE);
    }

    /** As the editor shows it with the plans beside it: {@code aligned} gives the badges of what is aligned from them. */
    public static DiagramGraph laidOut(
            String diagramType, ResourceSet plans, Map<String, Pin> pins, double aspectRatio, AlignedPlans aligned) {
        DiagramGraph graph = new DiagramEngine(FontTextMeasure.sarabun(), StatusSource.NONE, aligned)
                .build(Descriptions.load(diagramType), plans);
        new ElkLayout(aspectRatio).layout(graph, pins);
        return graph;
    }

    public static void write(DiagramGraph graph, Path out) throws IOException {
        String svg = new SvgExport(FontTextMeasure.sarabun()).toSvg(graph);
        String name = out.getFileName().toString().toLowerCase();
        if (name.endsWith(".png")) {
            Files.write(out, PngExport.toPng(svg, 2));
        } else if (name.endsWith(".svg")) {
            Files.writeString(out, svg, StandardCharsets.UTF_8);
        } else {
            throw new IOException(out + ": the file name ends in .svg or .png");
        }
    }
}
