/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.description.Mapping;
import org.phaen.model.PhaenPackage;
import org.phaen.model.provider.PhaenEditPlugin;

/** The palette of the open diagram: a tool per creatable node mapping, and one per link the edge mappings make. */
public class PhaenPalette implements ToolPaletteItemProvider {

    @Inject
    protected PlanModelState state;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> nodes = new ArrayList<>();
        for (Mapping mapping : state.description().allMappings()) {
            if (CreationTypes.creatable(mapping) != null) {
                String id = CreationTypes.NODE_PREFIX + mapping.id();
                nodes.add(new PaletteItem(id, typeLabel(mapping.domainClass()), new TriggerNodeCreationAction(id)));
            }
        }
        List<PaletteItem> edges = new ArrayList<>();
        for (EdgeMapping mapping : state.description().edges()) {
            if (!isStructure(mapping)) {
                String id = CreationTypes.EDGE_PREFIX + mapping.id();
                edges.add(new PaletteItem(id, featureLabel(mapping), new TriggerEdgeCreationAction(id)));
            }
        }
        DiagramWords words = DiagramWords.ofInterface();
        return List.of(
                PaletteItem.createPaletteGroup("nodes", words.text("palette.create"), nodes, "symbol-property"),
                PaletteItem.createPaletteGroup("edges", words.text("palette.connect"), edges, "symbol-property"));
    }

    /** Containment edges show the tree structure; nodes are placed into it, not connected. */
    static boolean isStructure(EdgeMapping mapping) {
        return mapping.id().startsWith("plan-") || mapping.id().startsWith("issue-");
    }

    private static String typeLabel(String className) {
        return PhaenEditPlugin.INSTANCE.getString("_UI_" + className + "_type");
    }

    /**
     * The label of the reference's feature, as the Properties view shows it (alignments, implements...); for a link
     * through a child, with the kind it reaches ("Memberships → Person").
     */
    private String featureLabel(EdgeMapping mapping) {
        String[] steps = mapping.reference().split("\\.");
        String first = steps[0];
        String reached = steps.length < 2
                ? ""
                : " → "
                        + state.description().allMappings().stream()
                                .filter(m -> mapping.acceptsTarget(m.id()) && !"*".equals(m.id()))
                                .map(m -> typeLabel(m.domainClass()))
                                .findFirst()
                                .orElse(steps[1]);
        for (String source : mapping.sources()) {
            String className = "*".equals(source)
                    ? "PlanElement"
                    : state.description().allMappings().stream()
                            .filter(m -> m.id().equals(source))
                            .map(Mapping::domainClass)
                            .findFirst()
                            .orElse(null);
            if (className != null
                    && PhaenPackage.eINSTANCE.getEClassifier(className) instanceof EClass type
                    && type.getEStructuralFeature(first) instanceof EStructuralFeature feature) {
                return PhaenEditPlugin.INSTANCE.getString(
                                "_UI_" + feature.getEContainingClass().getName() + "_" + first + "_feature")
                        + reached;
            }
        }
        return first;
    }
}
